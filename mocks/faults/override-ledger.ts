// A lying slot ledger for the booking and cancel rules: it answers like the store except where a
// fault says otherwise, and still writes slot statuses through to the store (unless told not to).
import type { ProviderView } from '../domain/provider-view.ts';
import type { SlotRecord } from '../domain/types.ts';
import type { SlotLedger } from '../domain/slot-ledger.ts';
import { overrideView } from './override-view.ts';

export function overrideLedger(
  ledger: SlotLedger,
  view: (view: ProviderView) => ProviderView,
  setSlotStatus: SlotLedger['setSlotStatus'] = (id, status) => ledger.setSlotStatus(id, status),
): SlotLedger {
  return { ...view(overrideView(ledger, {})), setSlotStatus };
}

/** A view in which every slot is seen through `change` (by id or by identifier). */
export function slotsSeenAs(view: ProviderView, change: (slot: SlotRecord) => SlotRecord): ProviderView {
  const seen = (slot: SlotRecord | undefined) => slot && change(slot);
  return overrideView(view, {
    slot: (id: string) => seen(view.slot(id)),
    slotByIdentifier: (identifier: string) => seen(view.slotByIdentifier(identifier)),
  });
}
