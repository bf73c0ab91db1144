// A schedule as a CareConnect-Schedule-1 resource, described in the context of one service: its
// only HealthcareService actor is the service that was searched for (C-13, SLOT-23), so a schedule
// shared by several services never lists the others. Other actors are referenced only when the
// provider holds them, so no reference points at a resource that does not exist (C-28).
import type { ProviderView } from '../provider-view.ts';
import type { HealthcareServiceRecord, ScheduleRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE } from '../../../spec/care-connect.ts';
import type { Reference, ScheduleResource } from './fhir-resources.ts';

export function renderSchedule(schedule: ScheduleRecord, service: HealthcareServiceRecord | undefined, view: ProviderView): ScheduleResource {
  const actor: Reference[] = [];
  // 2.13 Schedule: HealthcareService exactly 1, Practitioner, PractitionerRole and Location at most 1 each.
  if (service) actor.push({ reference: `HealthcareService/${service.id}` });
  if (schedule.practitionerId && view.practitioner(schedule.practitionerId)) actor.push({ reference: `Practitioner/${schedule.practitionerId}` });
  if (schedule.practitionerRoleId && view.practitionerRole(schedule.practitionerRoleId)) {
    actor.push({ reference: `PractitionerRole/${schedule.practitionerRoleId}` });
  }
  if (schedule.locationId && view.location(schedule.locationId)) actor.push({ reference: `Location/${schedule.locationId}` });
  return {
    resourceType: 'Schedule',
    id: schedule.id,
    meta: { profile: [CARE_CONNECT_PROFILE.Schedule] },
    identifier: [{ system: schedule.identifier.system, value: schedule.identifier.value }],
    // PROF-03: no empty arrays; a schedule with no actor at all is a fixture error, not a placeholder.
    ...(actor.length > 0 ? { actor } : {}),
    comment: schedule.name,
  };
}
