// The mock provider's appointments: every version of every appointment (CAN-05) and the registry of
// X-Request-IDs that already produced a result (XTI-05, C-08, CAN-11). One instance per server.
// Each mutating method is one synchronous call with no await, so check-then-write is atomic: two
// bookings of the same slot can never both see it free (BOOK-16, BOOK-17, BOOK-26).
import type { Problem } from '../domain/problem.ts';
import type { SlotLedger } from '../domain/slot-ledger.ts';
import type { RequestingConsumer, SlotRecord, SlotStatus } from '../domain/types.ts';
import type { BookingRequest, StoredAppointmentVersion } from '../domain/booking/booking-types.ts';
import { buildBookedAppointment, withVersionMeta } from '../domain/booking/build-booked-appointment.ts';
import { checkAppointmentAccess } from '../domain/booking/check-appointment-access.ts';
import { checkCancel } from '../domain/booking/check-cancel.ts';
import type { ProviderConfig } from '../domain/provider-config.ts';
import { decideBooking } from '../domain/booking/decide-booking.ts';
import type { JsonObject } from '../domain/booking/fhir-primitives.ts';


export type Interaction = 'book' | 'cancel';

/** A request id seen before: the handler answers 409 or replays `original` (config `retryBehaviour`). */
export interface RetryOutcome {
  readonly kind: 'retry';
  readonly original: StoredAppointmentVersion;
  readonly originalInteraction: Interaction;
}

export type BookingOutcome =
  | { readonly kind: 'created'; readonly appointment: StoredAppointmentVersion; readonly slot: SlotRecord }
  | RetryOutcome
  | { readonly kind: 'refused'; readonly problem: Problem };

export type CancelOutcome =
  | { readonly kind: 'cancelled'; readonly appointment: StoredAppointmentVersion; readonly releasedSlot?: SlotRecord }
  /** C-37: already cancelled; answered 200 with the current version, and no new version is made. */
  | { readonly kind: 'unchanged'; readonly appointment: StoredAppointmentVersion }
  | RetryOutcome
  | { readonly kind: 'refused'; readonly problem: Problem };

export interface BookInput {
  readonly booking: BookingRequest;
  readonly consumer: RequestingConsumer;
  readonly requestId?: string;
  readonly nowMs: number;
  /** The handler passes `crypto.randomUUID`; tests pass a counter. */
  readonly newId: () => string;
  readonly providers: SlotLedger;
}

export interface CancelInput {
  readonly id: string;
  readonly consumer: RequestingConsumer;
  /** JWT-23: who may cancel (the section-3 switch). */
  readonly access: Pick<ProviderConfig, 'appointmentAccess'>;
  readonly ifMatch: string | null;
  readonly body: unknown;
  readonly requestId?: string;
  readonly nowMs: number;
  readonly providers: SlotLedger;
}

// BOOK-25: logical ids are 1-64 characters from [A-Za-z0-9-.].
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const ID_ATTEMPTS = 5;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function storedVersion(fields: Omit<StoredAppointmentVersion, 'resource'>, resource: JsonObject): StoredAppointmentVersion {
  return deepFreeze({ ...fields, resource: structuredClone(resource) });
}

export class AppointmentStore {
  /** Appointment id → versions, oldest first; ids are case-sensitive (READ-05). */
  #versions = new Map<string, StoredAppointmentVersion[]>();
  #requests = new Map<string, { readonly version: StoredAppointmentVersion; readonly interaction: Interaction }>();
  /** Slot id → the booked appointment holding it, so a cancel frees only its own slot. */
  #holders = new Map<string, string>();

  book(input: BookInput): BookingOutcome {
    const retry = this.#retryOf(input.requestId);
    if (retry) return retry;
    const decision = decideBooking(input.booking, input.consumer, input.providers, input.nowMs);
    if (!decision.ok) return { kind: 'refused', problem: decision.problem };
    // Everything that can throw runs before the first write.
    const id = this.#freshId(input.newId);
    const lastUpdated = new Date(input.nowMs).toISOString();
    const stamp = { id, versionId: '1', lastUpdated };
    const version = storedVersion(
      {
        id, versionId: '1', lastUpdated, lastUpdatedMs: input.nowMs, status: 'booked', slotId: decision.slot.id,
        ownerOdsCode: input.consumer.odsCode, startMs: input.booking.startMs, endMs: input.booking.endMs,
        ...(input.booking.patient.nhsNumber === undefined ? {} : { nhsNumber: input.booking.patient.nhsNumber }),
      },
      buildBookedAppointment(input.booking, stamp),
    );
    // BOOK-27: the slot is booked and no longer returned by a status=free search.
    const slot = input.providers.setSlotStatus(decision.slot.id, 'busy') ?? decision.slot;
    this.#versions.set(id, [version]);
    this.#holders.set(slot.id, id);
    this.#remember(input.requestId, version, 'book');
    return { kind: 'created', appointment: version, slot };
  }

  cancel(input: CancelInput): CancelOutcome {
    const history = this.#versions.get(input.id);
    // JWT-23: another organisation learns nothing of the appointment, not even a replayed answer.
    const denied = history && checkAppointmentAccess(history[history.length - 1], input.consumer, input.access, 'cancel');
    if (denied) return { kind: 'refused', problem: denied };
    // CAN-11 / C-08: a reused request id is answered before anything else is looked at.
    const retry = this.#retryOf(input.requestId);
    if (retry) return retry;
    if (!history) return { kind: 'refused', problem: { code: 'NOT_FOUND', diagnostics: `No Appointment has id ${input.id}` } };
    const current = history[history.length - 1];
    const check = checkCancel({ urlId: input.id, ifMatch: input.ifMatch, body: input.body, current });
    // CAN-06: a refused cancel leaves every stored version untouched.
    if (!check.ok) return { kind: 'refused', problem: check.problem };
    if (check.alreadyCancelled) {
      this.#remember(input.requestId, current, 'cancel');
      return { kind: 'unchanged', appointment: current };
    }
    const versionId = String(Number(current.versionId) + 1);
    const lastUpdated = new Date(input.nowMs).toISOString();
    const version = storedVersion(
      { ...current, versionId, lastUpdated, lastUpdatedMs: input.nowMs, status: 'cancelled' },
      withVersionMeta(check.next, { id: input.id, versionId, lastUpdated }),
    );
    history.push(version);
    // C-37: the catalogue leaves slot release open; the mock makes the `cancel.expectSlotRelease`
    // choice and frees the slot, so it is bookable again (only if this appointment still holds it).
    let releasedSlot: SlotRecord | undefined;
    if (this.#holders.get(current.slotId) === input.id) {
      this.#holders.delete(current.slotId);
      releasedSlot = input.providers.setSlotStatus(current.slotId, 'free');
    }
    this.#remember(input.requestId, version, 'cancel');
    return { kind: 'cancelled', appointment: version, ...(releasedSlot ? { releasedSlot } : {}) };
  }

  /** READ-02: the latest version. */
  read(id: string): StoredAppointmentVersion | undefined {
    return this.#versions.get(id)?.at(-1);
  }

  /** READ-03: one exact version; an unknown version is undefined (READ-04). */
  vread(id: string, versionId: string): StoredAppointmentVersion | undefined {
    return this.#versions.get(id)?.find((v) => v.versionId === versionId);
  }

  /** Every version of one appointment, oldest first (CAN-05). */
  history(id: string): readonly StoredAppointmentVersion[] {
    return [...(this.#versions.get(id) ?? [])];
  }

  count(): number {
    return this.#versions.size;
  }

  /** The latest version of every appointment, in booking order (admin and debugging). */
  list(): readonly StoredAppointmentVersion[] {
    return [...this.#versions.values()].map((versions) => versions[versions.length - 1]);
  }

  reset(): void {
    this.#versions.clear();
    this.#requests.clear();
    this.#holders.clear();
  }

  #retryOf(requestId: string | undefined): RetryOutcome | undefined {
    const seen = requestId ? this.#requests.get(requestId) : undefined;
    return seen ? { kind: 'retry', original: seen.version, originalInteraction: seen.interaction } : undefined;
  }

  /** C-41: a request without X-Request-ID is served, it just cannot be recognised as a retry. */
  #remember(requestId: string | undefined, version: StoredAppointmentVersion, interaction: Interaction): void {
    if (requestId) this.#requests.set(requestId, { version, interaction });
  }

  #freshId(newId: () => string): string {
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      const id = newId();
      if (!FHIR_ID.test(id)) throw new Error(`newId() returned ${JSON.stringify(id)}, which is not a FHIR logical id (BOOK-25)`);
      if (!this.#versions.has(id)) return id;
    }
    throw new Error(`newId() returned ids already in use ${ID_ATTEMPTS} times (BOOK-25)`);
  }
}
