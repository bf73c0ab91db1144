// BOOK-21 / BOOK-24: a booking is answered 201 with the created Appointment: a logical id of the
// provider's (BOOK-25's form), a `meta.versionId`, status `booked`, and — when a Location names
// them — the same id and version as the Location.
import type { Exchange } from '../client/exchange.ts';
import { parseLocation } from '../booking/appointment-answer.ts';
import { expectStatus } from './expect-status.ts';
import { fail } from '../verdict/fail.ts';
import { answered, readResource, type FhirResource } from '../fhir/read-fhir-json.ts';

// BOOK-25: logical ids are 1-64 characters from [A-Za-z0-9-.].
export const FHIR_LOGICAL_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export interface CreatedAppointment {
  readonly id: string;
  readonly versionId: string;
  readonly resource: FhirResource;
}

export function versionIdOf(resource: FhirResource): unknown {
  return (resource.meta as { versionId?: unknown } | undefined)?.versionId;
}

/** Reads an Appointment a 2xx answer carries, failing `obligations` when it lacks an id or version. */
export function readAppointment(exchange: Exchange, obligations: readonly string[]): CreatedAppointment {
  const resource = readResource(exchange, 'Appointment', obligations);
  const versionId = versionIdOf(resource);
  const problems = [
    ...(typeof resource.id === 'string' && FHIR_LOGICAL_ID.test(resource.id) ? [] : [`id ${JSON.stringify(resource.id)} is not a logical id of 1-64 characters from [A-Za-z0-9-.]`]),
    ...(typeof versionId === 'string' && versionId !== '' ? [] : [`meta.versionId ${JSON.stringify(versionId)} is missing`]),
  ];
  if (problems.length > 0) {
    fail(exchange, { code: 'APPOINTMENT_UNIDENTIFIED', obligations, reason: `the returned Appointment ${problems.join('; ')}`, expected: 'an id and a meta.versionId', actual: { id: resource.id ?? null, meta: resource.meta ?? null } });
  }
  return { id: resource.id as string, versionId: versionId as string, resource };
}

export function expectBookingCreated(exchange: Exchange, obligations: readonly string[]): CreatedAppointment {
  expectStatus(exchange, [201], obligations);
  const created = readAppointment(exchange, [...obligations, 'BOOK-24']);
  if (created.resource.status !== 'booked') {
    fail(exchange, { code: 'NOT_BOOKED', obligations: [...obligations, 'BOOK-24'], reason: `the created Appointment has status ${JSON.stringify(created.resource.status)}`, expected: 'booked', actual: created.resource.status ?? null });
  }
  const named = parseLocation(answered(exchange).response.headers.location);
  if (named && (named.id !== created.id || (named.versionId !== undefined && named.versionId !== created.versionId))) {
    fail(exchange, { code: 'LOCATION_MISMATCH', obligations: ['BOOK-24'], reason: 'the Location names another id or version than the body', expected: { id: created.id, versionId: created.versionId }, actual: named });
  }
  return created;
}
