// POST/GET/PUT [base]/Appointment: wires the booking rules and the appointment store to MSW.
import { http } from 'msw';
import { isProblem, type Problem } from '../domain/problem.ts';
import type { StoredAppointmentVersion } from '../domain/booking/booking-types.ts';
import { checkAppointmentAccess } from '../domain/booking/check-appointment-access.ts';
import { checkReadParameters } from '../domain/booking/check-read-parameters.ts';
import { validateBookingRequest } from '../domain/booking/validate-booking-request.ts';
import { decodePathSegment } from '../domain/transport/decode-path-segment.ts';
import { parseRequestBody } from '../domain/transport/parse-request-body.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import type { SlotLedger } from '../domain/slot-ledger.ts';
import type { RetryOutcome } from '../store/appointment-store.ts';
import { handleFhirRequest, type FhirCall, type Handled } from './handle-fhir-request.ts';

function versionHeaders(state: MockProviderState, version: StoredAppointmentVersion): Record<string, string> {
  const versioned = `${state.baseUrl}/Appointment/${version.id}/_history/${version.versionId}`;
  // BOOK-22/23, CAN-04, READ-02, HTTP-11/12: Location, weak ETag equal to versionId, Last-Modified.
  return {
    Location: versioned,
    'Content-Location': versioned,
    ETag: `W/"${version.versionId}"`,
    'Last-Modified': new Date(version.lastUpdatedMs).toUTCString(),
  };
}

function versionResult(state: MockProviderState, version: StoredAppointmentVersion, status: number): Handled {
  return { status, body: version.resource, headers: versionHeaders(state, version) };
}

/** XTI-05 / CAN-11 / C-08: a reused X-Request-ID never creates anything; 409 or a replay. */
function retryResult(state: MockProviderState, call: FhirCall, retry: RetryOutcome, requestId: string, retried: 'create' | 'update'): Handled {
  const { retryBehaviour, updateRetryBehaviour } = call.config;
  const behaviour = retried === 'create' || updateRetryBehaviour === 'as-create' ? retryBehaviour : updateRetryBehaviour;
  if (behaviour === 'replay') return versionResult(state, retry.original, retried === 'create' ? 201 : 200);
  return {
    code: 'REQUEST_ID_REUSED',
    diagnostics: `X-Request-ID ${requestId} was already used for a successful ${retry.originalInteraction === 'book' ? 'booking' : 'cancel'} (Appointment/${retry.original.id}); nothing was changed`,
    expression: ['X-Request-ID'],
  };
}

function ledger(state: MockProviderState, call: FhirCall): SlotLedger {
  return call.faults.bookingLedger(state.store, call.faultContext);
}

// Read from the request the provider sees, so that a fault can make it ignore the header.
function requestIdOf(call: FhirCall): string | undefined {
  return call.request.headers.get('x-request-id') ?? undefined;
}

/** The id (and version) the request names, from the URL the provider sees (a fault may rewrite it). */
function appointmentIdsOf(url: URL): { readonly id: string; readonly versionId?: string } | Problem {
  const match = /\/Appointment\/([^/]+)(?:\/_history\/([^/]+))?$/.exec(url.pathname);
  const id = decodePathSegment(match?.[1] ?? '');
  const versionId = match?.[2] === undefined ? undefined : decodePathSegment(match[2]);
  if (id === undefined || (match?.[2] !== undefined && versionId === undefined)) {
    return { code: 'BAD_PATH', diagnostics: `The appointment id or version in ${url.pathname} is not valid percent-encoding` };
  }
  return { id, ...(versionId !== undefined ? { versionId } : {}) };
}

async function book(state: MockProviderState, call: FhirCall): Promise<Handled> {
  const parsed = parseRequestBody(await call.request.text(), call.request.headers.get('content-type'));
  if (!parsed.ok) return parsed.problem;
  const valid = validateBookingRequest(parsed.body, call.nowMs);
  if (!valid.ok) return valid.problem;
  const requestId = requestIdOf(call);
  const outcome = state.appointments.book({
    booking: valid.booking,
    consumer: call.consumer,
    nowMs: call.nowMs,
    newId: call.faults.appointmentId(parsed.body, () => crypto.randomUUID()),
    providers: ledger(state, call),
    ...(requestId ? { requestId } : {}),
  });
  if (outcome.kind === 'refused') return outcome.problem;
  if (outcome.kind === 'retry') return retryResult(state, call, outcome, requestId ?? '', 'create');
  return versionResult(state, outcome.appointment, 201);
}

async function cancel(state: MockProviderState, call: FhirCall): Promise<Handled> {
  const ids = appointmentIdsOf(call.url);
  if (isProblem(ids)) return ids;
  const { id } = ids;
  const parsed = parseRequestBody(await call.request.text(), call.request.headers.get('content-type'));
  if (!parsed.ok) return parsed.problem;
  const ifMatch = call.request.headers.get('if-match');
  const requestId = requestIdOf(call);
  const outcome = state.appointments.cancel({
    id,
    consumer: call.consumer,
    access: call.config,
    ifMatch,
    body: parsed.body,
    nowMs: call.nowMs,
    providers: ledger(state, call),
    ...(requestId ? { requestId } : {}),
  });
  if (outcome.kind === 'refused') return outcome.problem;
  if (outcome.kind === 'retry') return retryResult(state, call, outcome, requestId ?? '', 'update');
  return versionResult(state, outcome.appointment, 200);
}

function read(state: MockProviderState, call: FhirCall): Handled {
  const ids = appointmentIdsOf(call.url);
  if (isProblem(ids)) return ids;
  const { id, versionId } = ids;
  const problem = checkReadParameters(call.url.searchParams.keys());
  if (problem) return problem;
  const version = versionId === undefined ? state.appointments.read(id) : state.appointments.vread(id, versionId);
  const latest = state.appointments.read(id);
  const denied = latest && checkAppointmentAccess(latest, call.consumer, call.config, 'read');
  if (denied) return denied;
  if (!version) {
    return { code: 'NOT_FOUND', diagnostics: versionId === undefined ? `No Appointment has id ${id}` : `Appointment/${id} has no version ${versionId}` };
  }
  return versionResult(state, version, 200);
}

export function appointmentHandlers(state: MockProviderState) {
  const base = `${state.baseUrl}/Appointment`;
  return [
    http.post(base, ({ request }) => handleFhirRequest(state, request, 'appointment-create', (call) => book(state, call))),
    http.get(`${base}/:id`, ({ request }) => handleFhirRequest(state, request, 'appointment-read', (call) => read(state, call))),
    http.get(`${base}/:id/_history/:vid`, ({ request }) => handleFhirRequest(state, request, 'appointment-read', (call) => read(state, call))),
    http.put(`${base}/:id`, ({ request }) => handleFhirRequest(state, request, 'appointment-update', (call) => cancel(state, call))),
  ];
}
