// The booking body the harness sends: the catalogue's reference booking (section 4.2) for a slot
// as the target served it. The contained Slot carries the searched Slot's own identifier (BOOK-15),
// the Appointment covers the whole slot (C-18), and each body names a fresh CDA document id, so no
// two bookings of a run claim the same referral (BOOK-30 links on it).
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import type { SlotRecord } from '../../mocks/domain/types.ts';
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { referenceKey } from '../fhir/searchset-view.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import { formatInstant } from '../client/format-instant.ts';

export interface BookingBodyInput {
  /** The Slot resource as the target's search returned it. */
  readonly slot: FhirResource;
  /** The harness's clock; `created` and `DocumentReference.indexed` are set a minute before it. */
  readonly nowMs: number;
  /** The CDA document UUID the DocumentReference names. */
  readonly cdaId: string;
  /** The patient's NHS number; the catalogue's reference patient when absent. */
  readonly nhsNumber?: string;
}

/** `Schedule/sch-gp-1` (relative, absolute or versioned) → `sch-gp-1`. */
function scheduleIdOf(slot: FhirResource): string {
  const key = referenceKey((slot.schedule as { reference?: unknown } | undefined)?.reference);
  return key?.startsWith('Schedule/') ? key.slice('Schedule/'.length) : '';
}

// C-17: `created` is no later than now; a minute back keeps it so on a provider whose clock lags ours.
const CREATED_LEAD_MS = 60_000;

function identifiersOf(slot: FhirResource): unknown[] {
  return Array.isArray(slot.identifier) ? structuredClone(slot.identifier) : [];
}

/** What the reference builder needs of a slot; the status is the provider's business (C-16). */
function toSlotRecord(slot: FhirResource): SlotRecord {
  const [first] = identifiersOf(slot) as { value?: unknown }[];
  const start = String(slot.start);
  const end = String(slot.end);
  return {
    id: String(slot.id),
    identifier: String(first?.value ?? ''),
    scheduleId: scheduleIdOf(slot),
    start,
    startMs: Date.parse(start),
    end,
    endMs: Date.parse(end),
    status: 'free',
    versionId: 1,
  };
}

export function buildBookingBody(input: BookingBodyInput): JsonObject {
  const reference = buildReferenceBooking(toSlotRecord(input.slot), {
    nowIso: formatInstant(input.nowMs - CREATED_LEAD_MS),
    ...(input.nhsNumber === undefined ? {} : { nhsNumber: input.nhsNumber }),
  });
  const contained = (reference.contained as Record<string, unknown>[]).map((resource) => {
    // BOOK-15: the identifier exactly as searched (its system too, whatever the target uses).
    if (resource.resourceType === 'Slot') return { ...resource, identifier: identifiersOf(input.slot) };
    if (resource.resourceType === 'DocumentReference') {
      return { ...resource, identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: input.cdaId }] };
    }
    return resource;
  });
  return { ...reference, contained };
}
