// POST/GET/PUT [base]/Appointment: wires the booking rules and the appointment store to MSW.
import { http } from 'msw';
import type { Problem } from '../domain/problem.ts';
import type { StoredAppointmentVersion } from '../domain/booking/booking-types.ts';
import { validateBookingRequest } from '../domain/booking/validate-booking-request.ts';
import { applyBookingViewFaults } from '../faults/apply-view-faults.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import type { RetryOutcome, SlotLedger } from '../store/appointment-store.ts';
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

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; problem: Problem }> {
  const text = await request.text();
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    // BOOK-19: not parseable → 400.
    return { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not valid JSON' } };
  }
}

/** XTI-05 / CAN-11 / C-08: a reused X-Request-ID never creates anything; 409 or a replay. */
function retryResult(state: MockProviderState, retry: RetryOutcome, requestId: string, replayStatus: number): Handled {
  if (state.config.retryBehaviour === 'replay') return versionResult(state, retry.original, replayStatus);
  return {
    code: 'REQUEST_ID_REUSED',
    diagnostics: `X-Request-ID ${requestId} was already used for a successful ${retry.originalInteraction === 'book' ? 'booking' : 'cancel'} (Appointment/${retry.original.id}); nothing was changed`,
    expression: ['X-Request-ID'],
  };
}

function ledger(state: MockProviderState): SlotLedger {
  const view = applyBookingViewFaults(state.store, state.faults);
  if (view === state.store) return state.store;
  return { ...view, setSlotStatus: (id: string, status: 'free' | 'busy') => state.store.setSlotStatus(id, status) };
}

function requestIdOf(state: MockProviderState, call: FhirCall): string | undefined {
  return state.faults.has('duplicate-on-retry') ? undefined : (call.env.correlationId ?? undefined);
}

async function book(state: MockProviderState, call: FhirCall): Promise<Handled> {
  const parsed = await readJson(call.request);
  if (!parsed.ok) return parsed.problem;
  const valid = validateBookingRequest(parsed.body, call.nowMs);
  if (!valid.ok) return valid.problem;
  const requestId = requestIdOf(state, call);
  const outcome = state.appointments.book({
    booking: valid.booking,
    consumer: call.consumer,
    nowMs: call.nowMs,
    newId: () => crypto.randomUUID(),
    providers: ledger(state),
    ...(requestId ? { requestId } : {}),
  });
  if (outcome.kind === 'refused') return outcome.problem;
  if (outcome.kind === 'retry') return retryResult(state, outcome, requestId ?? '', 201);
  return versionResult(state, outcome.appointment, 201);
}

async function cancel(state: MockProviderState, call: FhirCall, id: string): Promise<Handled> {
  const parsed = await readJson(call.request);
  if (!parsed.ok) return parsed.problem;
  const current = state.appointments.read(id);
  const ifMatch = state.faults.has('ignore-if-match') && current ? `W/"${current.versionId}"` : call.request.headers.get('if-match');
  const requestId = requestIdOf(state, call);
  const outcome = state.appointments.cancel({
    id,
    ifMatch,
    body: parsed.body,
    nowMs: call.nowMs,
    providers: ledger(state),
    ...(requestId ? { requestId } : {}),
  });
  if (outcome.kind === 'refused') return outcome.problem;
  if (outcome.kind === 'retry') return retryResult(state, outcome, requestId ?? '', 200);
  return versionResult(state, outcome.appointment, 200);
}

/** READ-07: a read takes no search parameters; anything but _format is refused. */
function unexpectedReadParameter(url: URL): Problem | undefined {
  const extra = [...url.searchParams.keys()].find((name) => name !== '_format');
  return extra === undefined ? undefined : { code: 'INVALID_PARAMETER', diagnostics: `Parameter ${extra} is not supported on read`, expression: [extra] };
}

function read(state: MockProviderState, call: FhirCall, id: string, versionId?: string): Handled {
  const problem = unexpectedReadParameter(call.url);
  if (problem) return problem;
  const latest = state.appointments.read(id);
  const lost = state.faults.has('lose-previous-version') && versionId !== undefined && latest?.versionId !== versionId;
  const version = versionId === undefined ? latest : lost ? undefined : state.appointments.vread(id, versionId);
  if (!version) {
    return { code: 'NOT_FOUND', diagnostics: versionId === undefined ? `No Appointment has id ${id}` : `Appointment/${id} has no version ${versionId}` };
  }
  return versionResult(state, version, 200);
}

export function appointmentHandlers(state: MockProviderState) {
  const base = `${state.baseUrl}/Appointment`;
  return [
    http.post(base, ({ request }) => handleFhirRequest(state, request, 'appointment-create', (call) => book(state, call))),
    http.get(`${base}/:id`, ({ request, params }) =>
      handleFhirRequest(state, request, 'appointment-read', (call) => read(state, call, String(params.id)))),
    http.get(`${base}/:id/_history/:vid`, ({ request, params }) =>
      handleFhirRequest(state, request, 'appointment-read', (call) => read(state, call, String(params.id), String(params.vid)))),
    http.put(`${base}/:id`, ({ request, params }) =>
      handleFhirRequest(state, request, 'appointment-update', (call) => cancel(state, call, String(params.id)))),
  ];
}
