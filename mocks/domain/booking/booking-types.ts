// The booking domain's data: a booking request after validation, and a stored appointment version.
import type { JsonObject } from './fhir-primitives.ts';

/** A deviation the provider accepted on purpose (the mock is liberal; handlers may log these). */
export interface Tolerance {
  readonly obligation: string;
  readonly expression: string;
  readonly message: string;
}

/** The contained Slot as the consumer sent it (BOOK-15). */
export interface ContainedSlotSummary {
  readonly id: string;
  readonly identifier: string;
  readonly status: 'busy' | 'free';
  readonly start: string;
  readonly startMs: number;
  readonly end: string;
  readonly endMs: number;
  readonly scheduleId: string;
}

export interface PatientSummary {
  readonly id: string;
  /** Absent when the consumer sent no identifier (BOOK-26: such patients are accepted). */
  readonly nhsNumber?: string;
  readonly family: string;
  readonly given: readonly string[];
  readonly gender: 'male' | 'female' | 'other' | 'unknown';
  readonly birthDate: string;
}

/** Where each contained resource sits: any order is accepted (BOOK-06, C-15). */
export interface ContainedIndex {
  readonly documentReference: number;
  readonly patient: number;
  readonly slot: number;
}

export interface BookingRequest {
  /** The Appointment exactly as received (unknown elements kept, BOOK-32). */
  readonly resource: JsonObject;
  readonly start: string;
  readonly startMs: number;
  readonly end: string;
  readonly endMs: number;
  readonly contained: ContainedIndex;
  readonly slot: ContainedSlotSummary;
  readonly patient: PatientSummary;
  /** The CDA document id in `DocumentReference.identifier` (BOOK-30 links on it). */
  readonly cdaDocumentId: string;
  readonly tolerated: readonly Tolerance[];
}

export type AppointmentStatus = 'booked' | 'cancelled';

/** One version of an appointment as the provider stores it (CAN-05: every version is kept). */
export interface StoredAppointmentVersion {
  readonly id: string;
  /** `meta.versionId`: "1", "2", … */
  readonly versionId: string;
  readonly lastUpdated: string;
  readonly lastUpdatedMs: number;
  readonly status: AppointmentStatus;
  /** The provider's id of the booked slot (not the contained Slot's id). */
  readonly slotId: string;
  /** ODS code of the consumer organisation that booked it (JWT `requesting_organization`). */
  readonly ownerOdsCode: string;
  /** The patient's NHS number, when the booking carried one (REG-01 searches on it). */
  readonly nhsNumber?: string;
  readonly startMs: number;
  readonly endMs: number;
  /** The full Appointment with `id`, `meta.versionId`, `meta.lastUpdated` and `status` set. */
  readonly resource: JsonObject;
}
