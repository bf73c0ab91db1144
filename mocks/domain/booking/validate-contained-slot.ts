// BOOK-15 / PROF-15: the contained Slot, copied by the consumer from the search result. Only its
// shape is checked here; decideBooking compares it with the provider's own slot.
import type { Problem } from '../problem.ts';
import type { ContainedSlotSummary } from './booking-types.ts';
import { instantMs, isNonEmptyString, isRecord, type JsonObject } from './fhir-primitives.ts';
import { profileInvalid } from './profile-invalid.ts';
import { describeJsonValue } from '../describe-json-value.ts';

const SCHEDULE_REFERENCE = /^Schedule\/([A-Za-z0-9\-.]{1,64})$/;

export function validateContainedSlot(slot: JsonObject, base: string): { ok: true; slot: ContainedSlotSummary } | { ok: false; problem: Problem } {
  const fail = (path: string, message: string) => ({ ok: false as const, problem: profileInvalid(`${base}${path}`, message) });
  const ids = slot.identifier;
  if (!Array.isArray(ids) || ids.length !== 1 || !isRecord(ids[0])) return fail('.identifier', 'The contained Slot must carry exactly one identifier (BOOK-15)');
  const identifier = ids[0].value;
  if (!isNonEmptyString(identifier)) return fail('.identifier[0].value', 'The contained Slot identifier needs a value (BOOK-15)');
  // C-16: busy (as every example sends) or free; availability comes from the provider's data.
  if (slot.status !== 'busy' && slot.status !== 'free') return fail('.status', `The contained Slot status must be busy or free, got ${describeJsonValue(slot.status)} (C-16)`);
  const startMs = instantMs(slot.start);
  if (startMs === undefined) return fail('.start', 'The contained Slot start must be a FHIR instant with a zone (TIME-01)');
  const endMs = instantMs(slot.end);
  if (endMs === undefined) return fail('.end', 'The contained Slot end must be a FHIR instant with a zone (TIME-01)');
  const schedule = slot.schedule;
  const match = isRecord(schedule) && typeof schedule.reference === 'string' ? SCHEDULE_REFERENCE.exec(schedule.reference) : null;
  if (!match) return fail('.schedule.reference', 'The contained Slot schedule.reference must be Schedule/<id> (BOOK-15)');
  return {
    ok: true,
    slot: {
      id: String(slot.id),
      identifier,
      status: slot.status,
      start: slot.start as string,
      startMs,
      end: slot.end as string,
      endMs,
      scheduleId: match[1],
    },
  };
}
