// Read-only access to the provider's data, as the pure rules need it. The store implements it with
// indexes; tests may implement it over plain arrays. Rules never mutate through it.
import type {
  HealthcareServiceRecord,
  LocationRecord,
  OrganizationRecord,
  PractitionerRecord,
  PractitionerRoleRecord,
  ScheduleRecord,
  ServiceScheduleLink,
  SlotRecord,
} from './types.ts';

export interface ProviderView {
  readonly providerAsid: string;
  /** Looks a service up by its DoS service id. */
  serviceByDosId(dosId: string): HealthcareServiceRecord | undefined;
  /** Looks a service up by its logical id (C-01 lenient matching only). */
  serviceById(id: string): HealthcareServiceRecord | undefined;
  /** Schedule ids the many-to-many mapping links to a DoS service id, in configuration order. */
  scheduleIdsForService(dosId: string): readonly string[];
  /** DoS service ids a schedule serves (the reverse of the mapping). */
  serviceDosIdsForSchedule(scheduleId: string): readonly string[];
  /** The mapping row linking a DoS service id to a schedule (it names where it is configured). */
  mappingRow(dosId: string, scheduleId: string): ServiceScheduleLink | undefined;
  schedule(id: string): ScheduleRecord | undefined;
  /** Slots of one schedule whose start lies in [fromMs, toMs] (inclusive), sorted by start. */
  slotsInRange(scheduleId: string, fromMs: number, toMs: number): readonly SlotRecord[];
  slot(id: string): SlotRecord | undefined;
  slotByIdentifier(identifier: string): SlotRecord | undefined;
  practitioner(id: string): PractitionerRecord | undefined;
  practitionerRole(id: string): PractitionerRoleRecord | undefined;
  location(id: string): LocationRecord | undefined;
  organization(id: string): OrganizationRecord | undefined;
}
