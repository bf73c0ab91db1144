// Whether one known slot came back (SLOT-15 boundaries, SLOT-17 whole days).
import { fail } from '../verdict/fail.ts';
import { slotIds, type SearchsetView } from '../fhir/searchset-view.ts';

export type SlotVisibility = 'is returned' | 'is not returned';
export const SLOT_VISIBILITIES: readonly SlotVisibility[] = ['is returned', 'is not returned'];

export function expectSlotVisibility(view: SearchsetView, slotId: string, visibility: SlotVisibility, obligations: readonly string[]): void {
  const returned = slotIds(view).includes(slotId);
  if (returned !== (visibility === 'is returned')) {
    fail(view.exchange, { code: returned ? 'SLOT_UNEXPECTEDLY_RETURNED' : 'SLOT_NOT_RETURNED', obligations, reason: `Slot/${slotId} ${returned ? 'was' : 'was not'} returned`, expected: `Slot/${slotId} ${visibility}`, actual: slotIds(view).slice(0, 10) });
  }
}
