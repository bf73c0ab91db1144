// Faults in how a provider books: which slot it takes and whether it marks it, which bodies it
// accepts or refuses that the faithful rules judge otherwise, and the id it assigns.
import { isRecord, type JsonObject } from '../domain/booking/fhir-primitives.ts';
import { isValidNhsNumber } from '../domain/booking/is-valid-nhs-number.ts';
import { NHS_NUMBER_SYSTEM } from '../../spec/care-connect.ts';
import type { Problem } from '../domain/problem.ts';
import type { FaultBehaviour, FaultContext } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import { overrideLedger, slotsSeenAs } from './override-ledger.ts';
import { unreleasedView } from './override-view.ts';
import { readJsonBody, rewriteHeaders, rewriteJsonBody } from './rewrite-request.ts';

type Resource = Readonly<Record<string, unknown>>;
const NOTICE_MS = 24 * 3_600_000;
const FHIR_JSON = /^application\/fhir\+json/i;

function contained(body: JsonObject): Resource[] {
  return Array.isArray(body.contained) ? body.contained.filter(isRecord) : [];
}

function withContained(body: JsonObject, type: string, change: (resource: Resource) => Resource): JsonObject {
  return { ...body, contained: contained(body).map((resource) => (resource.resourceType === type ? change(resource) : resource)) };
}

function identifiers(resource: Resource): Resource[] {
  return Array.isArray(resource.identifier) ? resource.identifier.filter(isRecord) : [];
}

/** A rewrite of the booking body (create only). */
function rewriteBooking(change: (body: JsonObject, ctx: FaultContext) => JsonObject): FaultBehaviour['request'] {
  return (request, ctx) => (ctx.interaction !== 'appointment-create' ? request : rewriteJsonBody(request, (body) => (isRecord(body) ? change(body, ctx) : body)));
}

/** A refusal of booking bodies the faithful rules accept (create only). */
function refuseBooking(test: (body: JsonObject) => string | undefined): FaultBehaviour['refuse'] {
  return async (request, ctx) => {
    if (ctx.interaction !== 'appointment-create') return undefined;
    const body = await readJsonBody(request);
    const reason = isRecord(body) ? test(body) : undefined;
    return reason === undefined ? undefined : ({ code: 'PROFILE_INVALID', diagnostics: reason } satisfies Problem);
  };
}

function hasPatientNhsNumber(body: JsonObject): boolean {
  return contained(body).some((r) => r.resourceType === 'Patient' && identifiers(r).some((id) => id.system === NHS_NUMBER_SYSTEM));
}

export const BOOKING_FAULTS = {
  // BOOK-17 broken: availability read as free.
  'double-book': { bookingLedger: (ledger) => overrideLedger(ledger, (view) => slotsSeenAs(view, (slot) => ({ ...slot, status: 'free' }))) },
  // SLOT-08 broken on booking: release rules forgotten.
  'book-withheld-slot': { bookingLedger: (ledger) => overrideLedger(ledger, unreleasedView) },
  // BOOK-27 broken: the slot is never marked busy.
  'slot-stays-free': {
    bookingLedger: (ledger) => overrideLedger(ledger, (view) => view, (id, status) => (status === 'busy' ? ledger.slot(id) : ledger.setSlotStatus(id, status))),
  },
  // SLOT-09 broken: a notice period the search does not apply.
  'booking-notice-not-in-search': {
    bookingLedger: (ledger, ctx) => overrideLedger(ledger, (view) => slotsSeenAs(view, (slot) => (slot.startMs < ctx.nowMs + NOTICE_MS ? { ...slot, status: 'busy' } : slot))),
  },
  // BOOK-16 broken: the slot is found by schedule and start, whatever its identifier.
  'book-unknown-slot': {
    request: rewriteBooking((body, ctx) => withContained(body, 'Slot', (slot) => {
      const scheduleId = String((slot.schedule as Resource | undefined)?.reference ?? '').replace(/^Schedule\//, '');
      const match = ctx.data.slots.find((s) => s.scheduleId === scheduleId && s.startMs === Date.parse(String(slot.start)));
      return match ? { ...slot, identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: match.identifier }] } : slot;
    })),
  },
  // BOOK-03 broken.
  'keep-client-id': { appointmentId: (body, assign) => (isRecord(body) && typeof body.id === 'string' ? () => String(body.id) : assign) },
  // BOOK-18 broken: description treated as optional.
  'description-optional': { request: rewriteBooking((body) => (body.description === undefined ? { ...body, description: 'Appointment' } : body)) },
  // BOOK-29 broken: a number that fails the check digit is dropped and the patient booked without one.
  'invalid-nhs-number-dropped': {
    request: rewriteBooking((body) => withContained(body, 'Patient', (patient) => {
      const kept = identifiers(patient).filter((id) => id.system !== NHS_NUMBER_SYSTEM || isValidNhsNumber(id.value));
      if (kept.length === identifiers(patient).length) return patient;
      const { identifier: _dropped, ...rest } = patient;
      return kept.length > 0 ? { ...rest, identifier: kept } : rest;
    })),
  },
  // PROF-12 broken: a second primary is demoted instead of refused.
  'two-rank-1-accepted': {
    request: rewriteBooking((body) => withContained(body, 'Patient', (patient) => {
      if (!Array.isArray(patient.telecom)) return patient;
      let primaries = 0;
      return { ...patient, telecom: patient.telecom.map((t: unknown) => (isRecord(t) && t.rank === 1 && primaries++ > 0 ? { ...t, rank: 2 } : t)) };
    })),
  },
  // HTTP-06 broken: every body is parsed as FHIR JSON.
  'any-content-type-accepted': {
    request: (request) => ((request.method === 'POST' || request.method === 'PUT') && !FHIR_JSON.test(request.headers.get('content-type') ?? '')
      ? rewriteHeaders(request, (headers) => headers.set('content-type', 'application/fhir+json;charset=utf-8'))
      : request),
  },
  // BOOK-06 broken: contained resources read by position.
  'contained-order-required': {
    refuse: refuseBooking((body) => {
      const order = contained(body).map((r) => String(r.resourceType)).join(', ');
      return order === 'DocumentReference, Patient, Slot' ? undefined : `contained must be DocumentReference, Patient, Slot; got ${order}`;
    }),
  },
  // BOOK-26 broken.
  'nhs-number-required': { refuse: refuseBooking((body) => (hasPatientNhsNumber(body) ? undefined : 'The patient has no NHS number')) },
  // PROF-14 broken.
  'patient-telecom-required': {
    refuse: refuseBooking((body) => (contained(body).some((r) => r.resourceType === 'Patient' && Array.isArray(r.telecom) && r.telecom.length > 0) ? undefined : 'Patient.telecom is required')),
  },
  // BOOK-32 / HTTP-16 broken.
  'unknown-extension-refused': {
    refuse: refuseBooking((body) => (Array.isArray(body.extension) && body.extension.length > 0 ? 'Unknown extension on Appointment' : undefined)),
  },
  // TIME-05 broken: the contained Slot's times must be written as the provider writes them (UTC).
  'slot-times-compared-as-strings': {
    refuse: refuseBooking((body) => {
      const slot = contained(body).find((r) => r.resourceType === 'Slot');
      const times = [slot?.start, slot?.end].map(String);
      return times.every((t) => /(Z|\+00:00)$/.test(t)) ? undefined : `The contained Slot times ${times.join(', ')} do not match the slot`;
    }),
  },
  // BOOK-19 broken: the parser's complaint escapes as a server error.
  'bad-json-500': {
    problem: (problem, ctx) => ((ctx.interaction === 'appointment-create' || ctx.interaction === 'appointment-update') && problem.code === 'BAD_BODY'
      ? { code: 'INTERNAL', diagnostics: `Unhandled exception while reading the body: ${problem.diagnostics}` }
      : problem),
  },
  // HTTP-09 broken, in the adapter.
  'chunked-body-refused': { transport: { chunkedRequests: false } },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
