// BOOK-15 on one request: the shape of the contained Slot (the cross-check against the slot the
// provider served is judged over the session, in judgeBookedSlots). C-16: busy or free.
import { isNonEmptyString, isRecord, isUuid } from '../booking/fhir-primitives.ts';
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { RFC4122_SYSTEM } from '../booking/validate-contained-document.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';

const SCHEDULE_REFERENCE = /^Schedule\/[A-Za-z0-9\-.]{1,64}$/;

export function judgeContainedSlot(slot: JsonObject, path: string): Finding {
  const missing: string[] = [];
  const ids = Array.isArray(slot.identifier) ? slot.identifier : [];
  const [id] = ids;
  if (ids.length !== 1 || !isRecord(id)) missing.push('exactly one identifier');
  else if (id.system !== RFC4122_SYSTEM || !isUuid(id.value)) missing.push(`identifier ${RFC4122_SYSTEM} with the searched slot's UUID (got ${JSON.stringify(id.value)})`);
  if (!isNonEmptyString(slot.start) || !isNonEmptyString(slot.end)) missing.push('start and end of the searched slot');
  const schedule = slot.schedule;
  if (!isRecord(schedule) || typeof schedule.reference !== 'string' || !SCHEDULE_REFERENCE.test(schedule.reference)) {
    missing.push('schedule.reference Schedule/<id> of the searched slot');
  }
  if (missing.length > 0) return finding('BOOK-15', 'fail', `${path} (Slot) needs ${missing.join('; ')}`, missing);
  // C-16: every example sends busy; the table allows free too; anything else is only warned about.
  if (slot.status !== 'busy' && slot.status !== 'free') {
    return finding('BOOK-15', 'warn', `${path} (Slot) status is ${JSON.stringify(slot.status)}; send busy or free (C-16)`, slot.status);
  }
  return finding('BOOK-15', 'pass', `${path} (Slot) is well formed`);
}
