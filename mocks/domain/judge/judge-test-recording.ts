// Test support for the consumer judge: a well-behaved recording of the catalogue's reference workflow
// (fixture F1, section 4) — metadata, slot search, booking, read, cancel — built as plain data, so
// each test changes one thing and checks which obligation notices.
import { INTERACTION_IDS, INTERACTION_SCOPES } from '../auth/interactions.ts';
import type { Interaction } from '../auth/interactions.ts';
import { REFERENCE_JWT_CLAIMS, REFERENCE_JWT_IAT } from '../auth/reference-jwt.ts';
import { buildReferenceBooking, REFERENCE_NHS_NUMBER } from '../../fixtures/reference-booking.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { consumerJudgeContext } from './judge-context.ts';

export const BASE = 'https://provider.example.nhs.uk/STU3/1/careconnect/booking';
export const PROVIDER_ASID = '928374650011';
export const CONSUMER_ASID = '928374650022';
export const SERVICE_A = '2000481516';
/** 2026-03-16T09:00:00Z: the reference token's iat. */
export const T0_MS = REFERENCE_JWT_IAT * 1000;
export const APPOINTMENT_ID = '8d1c5a37-2f0e-4b8e-9a41-6c3b7f02d915';
export const SLOT = { id: 'slot-0915', identifier: 'a41eb1b5-f1ce-4588-bfcd-8d09549ba09a', scheduleId: 'sch-gp-1', start: '2026-03-16T09:15:00.000+00:00', end: '2026-03-16T09:30:00.000+00:00' };

export const TEST_CONTEXT = consumerJudgeContext({
  baseUrl: BASE,
  providerAsid: PROVIDER_ASID,
  consumers: [{ asid: CONSUMER_ASID, odsCode: 'Y0X1A' }],
  serviceIds: [SERVICE_A, '2000481517'],
});

const b64 = (value: unknown): string => btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');

/** `Bearer <unsigned JWT>` for the interaction at `nowSec`, with claim changes (undefined removes one). */
export function bearer(interaction: Interaction, changes: Record<string, unknown> = {}, nowSec = REFERENCE_JWT_IAT): string {
  const claims: Record<string, unknown> = { ...REFERENCE_JWT_CLAIMS, aud: BASE, iat: nowSec, exp: nowSec + 300, requested_scope: INTERACTION_SCOPES[interaction], ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete claims[key];
  return `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** A deterministic UUID per number, so recordings compare equal. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The standard envelope (section 0.3) in lower-case header names, as the mock records them. */
export function envelope(interaction: Interaction, n: number): Record<string, string> {
  return {
    authorization: bearer(interaction),
    'ssp-traceid': uuid(1000 + n),
    'ssp-from': CONSUMER_ASID,
    'ssp-to': PROVIDER_ASID,
    'ssp-interactionid': INTERACTION_IDS[interaction],
    'x-request-id': uuid(n),
    accept: 'application/fhir+json;charset=utf-8',
    'accept-encoding': 'gzip',
  };
}

export interface ExchangeSpec {
  readonly method?: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
  readonly status?: number;
  readonly response?: unknown;
  readonly responseHeaders?: Record<string, string>;
}

export function exchange(seq: number, spec: ExchangeSpec): ExchangeRecord {
  const at = spec.url.indexOf('?');
  return {
    seq,
    receivedAt: new Date(T0_MS + seq * 100).toISOString(),
    method: spec.method ?? 'GET',
    url: spec.url,
    rawQuery: at < 0 ? '' : spec.url.slice(at + 1),
    requestHeaders: spec.headers,
    requestBody: spec.body === undefined ? null : JSON.stringify(spec.body),
    status: spec.status ?? 200,
    responseHeaders: { 'content-type': 'application/fhir+json;charset=utf-8', ...spec.responseHeaders },
    responseBody: spec.response === undefined ? null : JSON.stringify(spec.response),
    durationMs: 3,
  };
}

export const SEARCH_QUERY = `schedule.actor%3Ahealthcareservice=${SERVICE_A}&start=ge2026-03-16T09%3A00%3A00%2B00%3A00&start=le2026-03-16T18%3A00%3A00%2B00%3A00&status=free&_include=Slot%3Aschedule`;

export const SERVED_SLOT = {
  resourceType: 'Slot', id: SLOT.id,
  meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1'] },
  identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: SLOT.identifier }],
  schedule: { reference: `Schedule/${SLOT.scheduleId}` }, status: 'free', start: SLOT.start, end: SLOT.end,
};

/** The booking body the reference consumer sends (catalogue 4.2 for SLOT, created at T0). */
export function referenceBookingBody(): Record<string, unknown> {
  return buildReferenceBooking({ ...SLOT, startMs: Date.parse(SLOT.start), endMs: Date.parse(SLOT.end), status: 'free', versionId: 1 }, { nowIso: '2026-03-16T09:00:00+00:00' });
}

const stored = (version: string, status: string): Record<string, unknown> =>
  ({ ...referenceBookingBody(), id: APPOINTMENT_ID, meta: { versionId: version, profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Appointment-1'] }, status });

/** metadata (#1) → search (#2) → book (#3) → read (#4) → cancel (#5), every obligation met. */
export function wellBehavedRecording(): ExchangeRecord[] {
  const appointment = `/STU3/1/careconnect/booking/Appointment/${APPOINTMENT_ID}`;
  const etag = (v: string) => ({ etag: `W/"${v}"` });
  const write = { 'content-type': 'application/fhir+json;charset=utf-8' };
  return [
    exchange(1, { url: '/STU3/1/careconnect/booking/metadata', headers: envelope('metadata', 1), response: { resourceType: 'CapabilityStatement' } }),
    exchange(2, {
      url: `/STU3/1/careconnect/booking/Slot?${SEARCH_QUERY}`, headers: envelope('slot-search', 2),
      response: { resourceType: 'Bundle', type: 'searchset', total: 1, entry: [{ resource: SERVED_SLOT, search: { mode: 'match' } }] },
    }),
    exchange(3, { method: 'POST', url: '/STU3/1/careconnect/booking/Appointment', headers: { ...envelope('appointment-create', 3), ...write }, body: referenceBookingBody(), status: 201, response: stored('1', 'booked'), responseHeaders: etag('1') }),
    exchange(4, { url: appointment, headers: envelope('appointment-read', 4), response: stored('1', 'booked'), responseHeaders: etag('1') }),
    exchange(5, {
      method: 'PUT', url: appointment, headers: { ...envelope('appointment-update', 5), ...write, 'if-match': 'W/"1"' },
      body: stored('1', 'cancelled'), response: stored('2', 'cancelled'), responseHeaders: etag('2'),
    }),
  ];
}

/** The recording with exchange `seq` replaced by what `change` makes of it. */
export function changeExchange(recording: readonly ExchangeRecord[], seq: number, change: (e: ExchangeRecord) => ExchangeRecord): ExchangeRecord[] {
  return recording.map((e) => (e.seq === seq ? change(e) : e));
}

/** A valid NHS number (modulus 11 check digit) for each n below 10^8 whose check digit is not 10. */
function nhsNumberFor(n: number): string | undefined {
  const digits = `9${String(n).padStart(8, '0')}`;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : `${digits}${check}`;
}

/**
 * `copies` × the well-behaved workflow in one session, as many patients booking as many slots:
 * each copy with its own X-Request-IDs, trace ids, appointment id, slot identifier and NHS number.
 */
export function workflowCopies(copies: number): ExchangeRecord[] {
  const workflow = wellBehavedRecording();
  const out: ExchangeRecord[] = [];
  let patient = 0;
  for (let copy = 0; copy < copies; copy += 1) {
    const appointment = `${APPOINTMENT_ID.slice(0, 24)}${String(copy).padStart(12, '0')}`;
    const slot = `${SLOT.identifier.slice(0, 24)}${String(copy).padStart(12, '0')}`;
    let nhs = nhsNumberFor(patient++);
    while (nhs === undefined) nhs = nhsNumberFor(patient++);
    const swap = (text: string | null): string | null => (text === null ? null
      : text.replaceAll(APPOINTMENT_ID, appointment).replaceAll(SLOT.identifier, slot).replaceAll(REFERENCE_NHS_NUMBER, nhs as string));
    for (const exchange of workflow) {
      const seq = out.length + 1;
      out.push({
        ...exchange,
        seq,
        receivedAt: new Date(T0_MS + seq).toISOString(),
        url: swap(exchange.url) ?? '',
        requestHeaders: { ...exchange.requestHeaders, 'x-request-id': uuid(seq), 'ssp-traceid': uuid(10_000_000 + seq) },
        requestBody: swap(exchange.requestBody),
        responseBody: swap(exchange.responseBody),
      });
    }
  }
  return out;
}
