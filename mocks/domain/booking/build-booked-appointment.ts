// BOOK-24 / BOOK-28: the Appointment a provider stores and returns for a granted booking: the body
// as received (unknown elements kept, BOOK-32) with the provider's id, version and status.
import type { BookingRequest } from './booking-types.ts';
import { isRecord, type JsonObject } from './fhir-primitives.ts';

/** The system of the provider's own patient identifier (BOOK-28). */
export const LOCAL_PATIENT_ID_SYSTEM = 'https://mock-provider.example.nhs.uk/Id/local-patient-id';

export interface VersionStamp {
  readonly id: string;
  readonly versionId: string;
  readonly lastUpdated: string;
}

/** Sets `id`, `meta.versionId` and `meta.lastUpdated`, keeping the rest of `meta` (e.g. profile). */
export function withVersionMeta(resource: JsonObject, stamp: VersionStamp): JsonObject {
  const meta = isRecord(resource.meta) ? resource.meta : {};
  return { ...resource, id: stamp.id, meta: { ...meta, versionId: stamp.versionId, lastUpdated: stamp.lastUpdated } };
}

export function buildBookedAppointment(booking: BookingRequest, stamp: VersionStamp): JsonObject {
  const contained = (booking.resource.contained as readonly JsonObject[]).map((resource, i) => {
    // BOOK-28: a patient sent without an identifier gets the provider's local one, so reads show it.
    if (i !== booking.contained.patient || resource.identifier !== undefined) return resource;
    return { ...resource, identifier: [{ system: LOCAL_PATIENT_ID_SYSTEM, value: `patient-${stamp.id}` }] };
  });
  // BOOK-03: whatever id the consumer sent is replaced by the provider's.
  return withVersionMeta({ ...booking.resource, contained, status: 'booked' }, stamp);
}
