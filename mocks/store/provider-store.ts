// The mock provider's state: one instance per server, never module-level. Slots are indexed per
// schedule and sorted by start, so a search touches only the slots inside its window
// (lookup cost grows with log(store size), not with the store size).
import type { ProviderView } from '../domain/provider-view.ts';
import type {
  HealthcareServiceRecord,
  LocationRecord,
  OrganizationRecord,
  PractitionerRecord,
  PractitionerRoleRecord,
  ProviderData,
  ScheduleRecord,
  ServiceScheduleLink,
  SlotRecord,
  SlotStatus,
} from '../domain/types.ts';

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** First index in a start-sorted array whose start is >= ms. */
function lowerBound(slots: readonly SlotRecord[], ms: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (slots[mid].startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ProviderStore implements ProviderView {
  #data: ProviderData;
  #services = new Map<string, HealthcareServiceRecord>();
  #servicesById = new Map<string, HealthcareServiceRecord>();
  #scheduleIdsByService = new Map<string, string[]>();
  #serviceIdsBySchedule = new Map<string, string[]>();
  #schedules = new Map<string, ScheduleRecord>();
  #mappingRows = new Map<string, ServiceScheduleLink>();
  #slotsBySchedule = new Map<string, SlotRecord[]>();
  #slots = new Map<string, SlotRecord>();
  #slotsByIdentifier = new Map<string, SlotRecord>();
  #practitioners = new Map<string, PractitionerRecord>();
  #roles = new Map<string, PractitionerRoleRecord>();
  #locations = new Map<string, LocationRecord>();
  #organizations = new Map<string, OrganizationRecord>();
  #snapshot: ProviderData | undefined;

  constructor(data: ProviderData) {
    this.#data = data;
    this.load(data);
  }

  /** Replaces every piece of provider data (slots, services, mapping). */
  load(data: ProviderData): void {
    this.#data = data;
    this.#snapshot = undefined;
    this.#services = new Map(data.healthcareServices.map((s) => [s.dosId, s]));
    this.#servicesById = byId(data.healthcareServices);
    this.#scheduleIdsByService = new Map();
    this.#serviceIdsBySchedule = new Map();
    this.#mappingRows = new Map(data.mapping.map((link) => [`${link.dosId}\n${link.scheduleId}`, link]));
    for (const link of data.mapping) {
      const schedules = this.#scheduleIdsByService.get(link.dosId) ?? [];
      if (!schedules.includes(link.scheduleId)) schedules.push(link.scheduleId);
      this.#scheduleIdsByService.set(link.dosId, schedules);
      const services = this.#serviceIdsBySchedule.get(link.scheduleId) ?? [];
      if (!services.includes(link.dosId)) services.push(link.dosId);
      this.#serviceIdsBySchedule.set(link.scheduleId, services);
    }
    this.#schedules = byId(data.schedules);
    this.#slots = byId(data.slots);
    this.#slotsByIdentifier = new Map(data.slots.map((s) => [s.identifier, s]));
    this.#slotsBySchedule = new Map();
    for (const slot of data.slots) {
      const list = this.#slotsBySchedule.get(slot.scheduleId) ?? [];
      list.push(slot);
      this.#slotsBySchedule.set(slot.scheduleId, list);
    }
    for (const list of this.#slotsBySchedule.values()) list.sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
    this.#practitioners = byId(data.practitioners);
    this.#roles = byId(data.practitionerRoles);
    this.#locations = byId(data.locations);
    this.#organizations = byId(data.organizations);
  }

  /** The provider data as it stands (slot statuses included); rebuilt only after a change. */
  get data(): ProviderData {
    this.#snapshot ??= { ...this.#data, slots: [...this.#slots.values()] };
    return this.#snapshot;
  }

  get slotCount(): number {
    return this.#slots.size;
  }

  scheduleIds(): readonly string[] {
    return [...this.#schedules.keys()];
  }

  get providerAsid(): string {
    return this.#data.providerAsid;
  }

  serviceByDosId(dosId: string): HealthcareServiceRecord | undefined {
    return this.#services.get(dosId);
  }

  serviceById(id: string): HealthcareServiceRecord | undefined {
    return this.#servicesById.get(id);
  }

  scheduleIdsForService(dosId: string): readonly string[] {
    return this.#scheduleIdsByService.get(dosId) ?? [];
  }

  serviceDosIdsForSchedule(scheduleId: string): readonly string[] {
    return this.#serviceIdsBySchedule.get(scheduleId) ?? [];
  }

  mappingRow(dosId: string, scheduleId: string): ServiceScheduleLink | undefined {
    return this.#mappingRows.get(`${dosId}\n${scheduleId}`);
  }

  schedule(id: string): ScheduleRecord | undefined {
    return this.#schedules.get(id);
  }

  slotsInRange(scheduleId: string, fromMs: number, toMs: number): readonly SlotRecord[] {
    const list = this.#slotsBySchedule.get(scheduleId);
    if (!list || fromMs > toMs) return [];
    const first = lowerBound(list, fromMs);
    const out: SlotRecord[] = [];
    for (let i = first; i < list.length && list[i].startMs <= toMs; i++) out.push(list[i]);
    return out;
  }

  slot(id: string): SlotRecord | undefined {
    return this.#slots.get(id);
  }

  slotByIdentifier(identifier: string): SlotRecord | undefined {
    return this.#slotsByIdentifier.get(identifier);
  }

  practitioner(id: string): PractitionerRecord | undefined {
    return this.#practitioners.get(id);
  }

  practitionerRole(id: string): PractitionerRoleRecord | undefined {
    return this.#roles.get(id);
  }

  location(id: string): LocationRecord | undefined {
    return this.#locations.get(id);
  }

  organization(id: string): OrganizationRecord | undefined {
    return this.#organizations.get(id);
  }

  /** Changes a slot's status in place of the old record (the index keeps its position). */
  setSlotStatus(id: string, status: SlotStatus): SlotRecord | undefined {
    const old = this.#slots.get(id);
    if (!old) return undefined;
    const next: SlotRecord = { ...old, status, versionId: old.versionId + 1 };
    this.#snapshot = undefined;
    this.#slots.set(id, next);
    this.#slotsByIdentifier.set(next.identifier, next);
    const list = this.#slotsBySchedule.get(next.scheduleId);
    if (list) {
      const at = list.indexOf(old);
      if (at >= 0) list[at] = next;
    }
    return next;
  }
}
