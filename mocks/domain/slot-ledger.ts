// The provider data a booking reads and whose slot statuses it changes: the port the appointment
// store books through (ProviderStore implements it; a fault may wrap it).
import type { ProviderView } from './provider-view.ts';
import type { SlotRecord, SlotStatus } from './types.ts';

export interface SlotLedger extends ProviderView {
  setSlotStatus(id: string, status: SlotStatus): SlotRecord | undefined;
}
