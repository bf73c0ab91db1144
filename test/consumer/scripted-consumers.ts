// Consumers built for proving the consumer judge: one well-behaved NHS 111 system and broken ones,
// each breaking exactly one consumer obligation. Each runs the realistic workflow over HTTP with
// fetch — metadata → slot search → book → read → cancel — and stops, as a real system would, at
// the first refusal it cannot recover from.
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import { CONSUMER_A1001, DEFAULT_PROVIDER_ASID, SERVICE_UTC } from '../../mocks/fixtures/default-fixture.ts';
import { INTERACTION_IDS, INTERACTION_SCOPES } from '../../spec/interactions.ts';
import type { Interaction } from '../../spec/interactions.ts';
import type { ProviderConfig } from '../../mocks/domain/provider-config.ts';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import type { SlotRecord } from '../../mocks/domain/types.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';
import type { JwtDefect } from '../../src/jwt/jwt-defects.ts';

export interface ConsumerRun {
  /** The FHIR base URL of the mock (also the JWT aud). */
  readonly baseUrl: string;
  /** The provider's clock, epoch ms: the consumer's tokens and `created` follow it. */
  readonly clockMs: () => number;
  /** Who the consumer is and which provider it calls; the default fixture's A1001 when absent. */
  readonly identity?: ConsumerIdentity;
}

export interface ConsumerIdentity {
  readonly asid: string;
  readonly odsCode: string;
  readonly name: string;
  readonly providerAsid: string;
  readonly serviceId: string;
}

const DEFAULT_IDENTITY: ConsumerIdentity = { ...CONSUMER_A1001, providerAsid: DEFAULT_PROVIDER_ASID, serviceId: SERVICE_UTC };

interface Behaviour {
  readonly sendServiceParam: boolean;
  readonly jwtDefect: JwtDefect;
  /** Seconds the consumer's clock is behind the provider's when it builds tokens. */
  readonly clockLagSeconds: number;
  readonly bookingScope?: string;
  readonly sendTraceId: boolean;
  /** After booking, resend the booking as if its response had been lost. */
  readonly retry: 'none' | 'same-request-id' | 'new-request-id';
  readonly sendIfMatch: boolean;
  /** When no answer arrives (the connection drops): resend the very same request, or rebuild it with a new X-Request-ID. */
  readonly onLostResponse: 'resend' | 'new-request-id';
  /** The appointment read reuses the booking's X-Request-ID instead of a fresh one. */
  readonly readReusesBookingRequestId: boolean;
}

const WELL_BEHAVED: Behaviour = {
  sendServiceParam: true, jwtDefect: 'none', clockLagSeconds: 0, sendTraceId: true, retry: 'same-request-id', sendIfMatch: true,
  onLostResponse: 'resend', readReusesBookingRequestId: false,
};
const LOSING: Behaviour = { ...WELL_BEHAVED, retry: 'none' };

/** How the tester sets the mock up for a consumer: chaos rules (POST /_admin/chaos bodies) and section-3 switches. */
export interface MockSetup {
  readonly chaos?: readonly Record<string, unknown>[];
  readonly config?: Partial<ProviderConfig>;
}

const dropOnce = (interaction: Interaction): MockSetup => ({ chaos: [{ interaction, dropAfterCommit: true, times: 1 }] });

/** Each scripted consumer and the one obligation it breaks (none for the well-behaved one). */
export const SCRIPTED_CONSUMERS = {
  'well-behaved': { breaks: undefined, behaviour: WELL_BEHAVED },
  'no-service-parameter': { breaks: 'SLOT-02', behaviour: { ...WELL_BEHAVED, sendServiceParam: false } },
  'expired-jwt': { breaks: 'JWT-26', behaviour: { ...WELL_BEHAVED, clockLagSeconds: 400 } },
  'malformed-jwt': { breaks: 'JWT-03', behaviour: { ...WELL_BEHAVED, jwtDefect: 'no-trailing-dot' } },
  'wrong-scope-for-booking': { breaks: 'JWT-15', behaviour: { ...WELL_BEHAVED, bookingScope: 'patient/appointment.read' } },
  'missing-trace-id': { breaks: 'SSP-02', behaviour: { ...WELL_BEHAVED, sendTraceId: false } },
  'retry-with-new-request-id': { breaks: 'XTI-02', behaviour: { ...WELL_BEHAVED, retry: 'new-request-id' } },
  'cancel-without-if-match': { breaks: 'CAN-02', behaviour: { ...WELL_BEHAVED, sendIfMatch: false } },
  // Lost responses, rehearsed with the mock's chaos rules: the dropped exchange stays on the record.
  'lost-booking-resent': { breaks: undefined, behaviour: LOSING, mock: { ...dropOnce('appointment-create'), config: { retryBehaviour: 'replay' } } },
  'lost-booking-new-request-id': { breaks: 'XTI-02', behaviour: { ...LOSING, onLostResponse: 'new-request-id' }, mock: dropOnce('appointment-create') },
  'lost-cancel-resent': { breaks: undefined, behaviour: LOSING, mock: dropOnce('appointment-update') },
  'lost-search-new-request-id': { breaks: 'XTI-02', behaviour: { ...LOSING, onLostResponse: 'new-request-id' }, mock: dropOnce('slot-search') },
  'read-reuses-request-id': { breaks: 'XTI-02', behaviour: { ...LOSING, readReusesBookingRequestId: true } },
} as const satisfies Record<string, { breaks: string | undefined; behaviour: Behaviour; mock?: MockSetup }>;

export type ScriptedConsumerName = keyof typeof SCRIPTED_CONSUMERS;
export const SCRIPTED_CONSUMER_NAMES = Object.keys(SCRIPTED_CONSUMERS) as ScriptedConsumerName[];

export function mockSetupOf(name: ScriptedConsumerName): MockSetup {
  const entry = SCRIPTED_CONSUMERS[name];
  return 'mock' in entry ? entry.mock : {};
}

/** A fresh mock over HTTP set up for the consumer as its tester would (switches, chaos rules). */
export async function startMockFor(name: ScriptedConsumerName, nowMs: number): Promise<RunningMock> {
  const setup = mockSetupOf(name);
  const mock = await startMockServer({ nowMs, ...(setup.config ? { config: setup.config } : {}) });
  for (const rule of setup.chaos ?? []) {
    const refused = mock.state.chaos.add(rule);
    if (refused !== undefined) throw new Error(`chaos rule for ${name}: ${refused}`);
  }
  return mock;
}

interface Sent {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown> | undefined;
}

function slotRecordOf(slot: Record<string, unknown>): SlotRecord {
  const identifier = (slot.identifier as { value: string }[])[0].value;
  const scheduleId = (slot.schedule as { reference: string }).reference.slice('Schedule/'.length);
  const [start, end] = [String(slot.start), String(slot.end)];
  return { id: String(slot.id), identifier, scheduleId, start, end, startMs: Date.parse(start), endMs: Date.parse(end), status: 'free', versionId: 1 };
}

class ScriptedClient {
  readonly #run: ConsumerRun;
  readonly #behaviour: Behaviour;

  constructor(run: ConsumerRun, behaviour: Behaviour) {
    this.#run = run;
    this.#behaviour = behaviour;
  }

  headersFor(interaction: Interaction, requestId: string = crypto.randomUUID()): Record<string, string> {
    const b = this.#behaviour;
    const who = this.#run.identity ?? DEFAULT_IDENTITY;
    const jwt = buildJwt({
      audience: this.#run.baseUrl,
      scope: interaction === 'appointment-create' && b.bookingScope ? b.bookingScope : INTERACTION_SCOPES[interaction],
      nowSec: Math.floor(this.#run.clockMs() / 1000) - b.clockLagSeconds,
      odsCode: who.odsCode,
      orgName: who.name,
      defect: b.jwtDefect,
    });
    return {
      Authorization: jwt.authorization as string,
      ...(b.sendTraceId ? { 'Ssp-TraceID': crypto.randomUUID() } : {}),
      'Ssp-From': who.asid,
      'Ssp-To': who.providerAsid,
      'Ssp-InteractionID': INTERACTION_IDS[interaction],
      'X-Request-ID': requestId,
      Accept: 'application/fhir+json;charset=utf-8',
    };
  }

  /** Status 0 when no answer arrived (the connection dropped). */
  async send(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Sent> {
    const response = await fetch(`${this.#run.baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/fhir+json;charset=utf-8' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).catch(() => undefined);
    if (response === undefined) return { status: 0, headers: new Headers(), body: undefined };
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) as Record<string, unknown> };
  }
}

function searchPath(nowMs: number, withService: boolean, serviceId: string): string {
  const query = new URLSearchParams([
    ...(withService ? [['schedule.actor:healthcareservice', serviceId]] : []),
    ['start', `ge${new Date(nowMs).toISOString()}`],
    ['start', `le${new Date(nowMs + 2 * 86_400_000).toISOString()}`],
    ['status', 'free'],
    ['_include', 'Slot:schedule'],
  ]);
  return `/Slot?${query}`;
}

/** Runs the workflow; returns the HTTP statuses it saw, in order. */
export async function runScriptedConsumer(name: ScriptedConsumerName, run: ConsumerRun): Promise<number[]> {
  const b: Behaviour = SCRIPTED_CONSUMERS[name].behaviour;
  const client = new ScriptedClient(run, b);
  const seen: number[] = [];
  const once = async (...args: Parameters<ScriptedClient['send']>): Promise<Sent> => {
    const sent = await client.send(...args);
    seen.push(sent.status);
    return sent;
  };
  // A request whose answer never arrives is sent once more, as the behaviour says.
  const send = async (method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Sent> => {
    const sent = await once(method, path, headers, body);
    if (sent.status !== 0) return sent;
    const rebuilt = { ...headers, 'X-Request-ID': crypto.randomUUID(), ...(b.sendTraceId ? { 'Ssp-TraceID': crypto.randomUUID() } : {}) };
    const again = b.onLostResponse === 'resend' ? headers : rebuilt;
    return once(method, path, again, body);
  };
  if ((await send('GET', '/metadata', client.headersFor('metadata'))).status !== 200) return seen;
  const search = await send('GET', searchPath(run.clockMs(), b.sendServiceParam, (run.identity ?? DEFAULT_IDENTITY).serviceId), client.headersFor('slot-search'));
  const entries = (search.body?.entry ?? []) as { resource: Record<string, unknown>; search?: { mode?: string } }[];
  const chosen = entries.find((e) => e.resource.resourceType === 'Slot' && e.resource.status === 'free');
  if (search.status !== 200 || chosen === undefined) return seen;
  const booking = buildReferenceBooking(slotRecordOf(chosen.resource), { nowIso: new Date(run.clockMs()).toISOString() });
  const bookingHeaders = client.headersFor('appointment-create');
  let booked = await send('POST', '/Appointment', bookingHeaders, booking);
  if (b.retry !== 'none' && booked.status === 201) {
    // The 201 is treated as lost in transit: a well-behaved retry resends the very same request; the
    // broken one builds the request afresh, with a new X-Request-ID.
    const retryHeaders = b.retry === 'same-request-id' ? bookingHeaders : client.headersFor('appointment-create');
    const retried = await send('POST', '/Appointment', retryHeaders, booking);
    // A strict provider refuses the replayed X-Request-ID with 409 (C-08) and a lenient one replays
    // the 201; either way the original booking stands, and the script still holds its response.
    if (retried.status !== 409) booked = retried;
  }
  const id = booked.body?.id;
  if (booked.status !== 201 || typeof id !== 'string') return seen;
  const read = await send('GET', `/Appointment/${id}`, client.headersFor('appointment-read', b.readReusesBookingRequestId ? bookingHeaders['X-Request-ID'] : undefined));
  if (read.status !== 200 || read.body === undefined) return seen;
  const cancelHeaders = client.headersFor('appointment-update');
  const etag = read.headers.get('etag');
  await send('PUT', `/Appointment/${id}`, b.sendIfMatch && etag ? { ...cancelHeaders, 'If-Match': etag } : cancelHeaders, { ...read.body, status: 'cancelled' });
  return seen;
}
