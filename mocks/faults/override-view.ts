// Lying ProviderViews: a view that answers like the store except where a fault says otherwise.
// The faithful rules run unchanged on top of it.
import type { ProviderView } from '../domain/provider-view.ts';
import type { ScheduleRecord, SlotRecord } from '../domain/types.ts';

/** A view that answers like `view` except for the methods overridden (bound: stores use private fields). */
export function overrideView(view: ProviderView, overrides: Partial<ProviderView>): ProviderView {
  return {
    providerAsid: view.providerAsid,
    serviceByDosId: (dosId) => view.serviceByDosId(dosId),
    serviceById: (id) => view.serviceById(id),
    scheduleIdsForService: (dosId) => view.scheduleIdsForService(dosId),
    serviceDosIdsForSchedule: (scheduleId) => view.serviceDosIdsForSchedule(scheduleId),
    mappingRow: (dosId, scheduleId) => view.mappingRow(dosId, scheduleId),
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

/** A view in which nothing is withheld from anyone (release rules forgotten). */
export function unreleasedView(view: ProviderView): ProviderView {
  return overrideView(view, {
    schedule: (id: string) => { const s = view.schedule(id); return s && withoutRelease(s); },
    slot: (id: string) => { const s = view.slot(id); return s && withoutRelease(s); },
    slotByIdentifier: (identifier: string) => { const s = view.slotByIdentifier(identifier); return s && withoutRelease(s); },
    slotsInRange: (scheduleId: string, fromMs: number, toMs: number) => view.slotsInRange(scheduleId, fromMs, toMs).map(withoutRelease),
  });
}
