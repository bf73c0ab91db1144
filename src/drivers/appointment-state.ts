// What a booking scenario has arranged and done so far: the slot it books, the appointment it booked
// ("that appointment": the latest booking that succeeded), the last cancel it sent (CAN-11 repeats
// it), and the appointment census around its last act (no orphans). Getters used too early are our
// own defect, never the target's.
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import type { CancelPlan } from '../booking/appointment-requests.ts';
import type { VersionSeen } from '../booking/cancel-variants.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import type { FoundSlot } from './find-free-slot.ts';

/** Appointments the provider holds before and after the requests; undefined where it cannot say. */
export interface AppointmentCensus {
  readonly before: number | undefined;
  readonly after: number | undefined;
}

export interface BookedAppointment {
  readonly id: string;
  /** The version the booking created. */
  readonly version: VersionSeen;
  readonly location?: string;
  /** The body as sent (READ-06 compares with it; XTI-05 resends it). */
  readonly sent: JsonObject;
  readonly requestId: string;
  readonly consumer: ConsumerIdentity;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new HarnessDefect('HARNESS_ERROR', `a step used ${what} before a step arranged it`);
  return value;
}

export class AppointmentState {
  #service: string | undefined;
  #slot: FoundSlot | undefined;
  #booked: BookedAppointment | undefined;
  #lastCancel: CancelPlan | undefined;
  #cancelled: VersionSeen | undefined;
  #cancelledFrom: VersionSeen | undefined;
  #census: AppointmentCensus | undefined;

  chooseSlot(dosId: string, slot: FoundSlot): void {
    this.#service = dosId;
    this.#slot = slot;
  }

  /** The DoS id of the service the slot was found in. */
  get service(): string {
    return need(this.#service, '"that slot"\'s service');
  }

  get slot(): FoundSlot {
    return need(this.#slot, '"that slot"');
  }

  recordBooked(booked: BookedAppointment): void {
    this.#booked = booked;
  }

  get booked(): BookedAppointment {
    return need(this.#booked, '"that appointment"');
  }

  /** A cancel sent from the version `from` (read just before it). */
  recordCancel(plan: CancelPlan, from: VersionSeen): void {
    this.#lastCancel = plan;
    this.#cancelledFrom = from;
  }

  get lastCancel(): CancelPlan | undefined {
    return this.#lastCancel;
  }

  /** The version the last cancel was made from (CAN-03 compares the new version with it). */
  get cancelledFrom(): VersionSeen {
    return need(this.#cancelledFrom, 'the version a cancel was made from');
  }

  recordCancelled(version: VersionSeen): void {
    this.#cancelled = version;
  }

  /** The version a set-up cancel created (READ-03 reads it back; CAN-11 expects it replayed). */
  get cancelled(): VersionSeen {
    return need(this.#cancelled, '"the cancelled version"');
  }

  recordCensus(census: AppointmentCensus): void {
    this.#census = census;
  }

  get census(): AppointmentCensus {
    return need(this.#census, 'the appointment count');
  }
}
