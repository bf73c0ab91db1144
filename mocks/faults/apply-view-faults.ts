// Read-side faults: a ProviderView that lies the way a broken provider would. The faithful rules
// run unchanged on top of it, so each fault breaks exactly one obligation.
import type { ProviderView } from '../domain/provider-view.ts';
import type { ScheduleRecord, SlotRecord } from '../domain/types.ts';
import type { MockFault } from './mock-fault.ts';

/** A view that answers like `view` except for the methods overridden (bound: stores use private fields). */
function overrideView(view: ProviderView, overrides: Partial<ProviderView>): ProviderView {
  return {
    providerAsid: view.providerAsid,
    serviceByDosId: (dosId) => view.serviceByDosId(dosId),
    serviceById: (id) => view.serviceById(id),
    scheduleIdsForService: (dosId) => view.scheduleIdsForService(dosId),
    serviceDosIdsForSchedule: (scheduleId) => view.serviceDosIdsForSchedule(scheduleId),
    schedule: (id) => view.schedule(id),
    slotsInRange: (scheduleId, fromMs, toMs) => view.slotsInRange(scheduleId, fromMs, toMs),
    slot: (id) => view.slot(id),
    slotByIdentifier: (identifier) => view.slotByIdentifier(identifier),
    practitioner: (id) => view.practitioner(id),
    practitionerRole: (id) => view.practitionerRole(id),
    location: (id) => view.location(id),
    organization: (id) => view.organization(id),
    ...overrides,
  };
}

function withoutRelease<T extends ScheduleRecord | SlotRecord>(record: T): T {
  if (!record.release) return record;
  const { release: _dropped, ...rest } = record;
  return rest as T;
}

function unreleasedView(view: ProviderView): ProviderView {
  return overrideView(view, {
    schedule: (id: string) => { const s = view.schedule(id); return s && withoutRelease(s); },
    slot: (id: string) => { const s = view.slot(id); return s && withoutRelease(s); },
    slotByIdentifier: (identifier: string) => { const s = view.slotByIdentifier(identifier); return s && withoutRelease(s); },
    slotsInRange: (scheduleId: string, fromMs: number, toMs: number) => view.slotsInRange(scheduleId, fromMs, toMs).map(withoutRelease),
  });
}

function everyScheduleView(view: ProviderView, allScheduleIds: readonly string[]): ProviderView {
  return overrideView(view, {
    scheduleIdsForService: (dosId: string) => (view.serviceByDosId(dosId) ? allScheduleIds : []),
  });
}

/** The view the slot search runs on, given the active faults. */
export function applySearchViewFaults(view: ProviderView, faults: ReadonlySet<MockFault>, allScheduleIds: readonly string[]): ProviderView {
  let out = view;
  if (faults.has('ignore-service-param')) out = everyScheduleView(out, allScheduleIds);
  if (faults.has('leak-withheld-slots')) out = unreleasedView(out);
  return out;
}

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
