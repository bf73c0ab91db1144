// Booking-side faults: the ProviderView the booking rules run on lies the way a broken provider
// would (search-side view faults are in search-faults.ts).
import type { ProviderView } from '../domain/provider-view.ts';
import type { SlotRecord } from '../domain/types.ts';
import type { MockFault } from './mock-fault.ts';
import { overrideView, unreleasedView } from './override-view.ts';

/** The view the booking rules run on, given the active faults. */
export function applyBookingViewFaults(view: ProviderView, faults: ReadonlySet<MockFault>): ProviderView {
  let out = view;
  if (faults.has('book-withheld-slot')) out = unreleasedView(out);
  if (faults.has('double-book')) {
    const base = out;
    const free = (s: SlotRecord | undefined) => (s ? { ...s, status: 'free' as const } : s);
    out = overrideView(base, {
      slot: (id: string) => free(base.slot(id)),
      slotByIdentifier: (identifier: string) => free(base.slotByIdentifier(identifier)),
    });
  }
  return out;
}
