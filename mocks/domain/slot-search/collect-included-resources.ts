// The resources a Slot search adds with search.mode = include (SLOT-20, SLOT-22, SLOT-27, SLOT-28):
// each exactly once, and only those reachable from the returned slots through the requested chain.
//
// Second-level includes resolve whether or not `:iterate`/`:recurse` was written (C-03 strict). A
// second-level include asked for without its parent brings the parent along: SLOT-20/22 want every
// resource of the requested kind that a returned slot reaches through the chain, and SLOT-27 / C-28
// want every included resource referenced from inside the Bundle — adding the chain satisfies both.
import type { ProviderView } from '../provider-view.ts';
import type { IncludedResource } from '../render/fhir-resources.ts';
import { renderHealthcareService } from '../render/render-healthcare-service.ts';
import { renderLocation } from '../render/render-location.ts';
import { renderOrganization } from '../render/render-organization.ts';
import { renderPractitionerRole } from '../render/render-practitioner-role.ts';
import { renderPractitioner } from '../render/render-practitioner.ts';
import { renderSchedule } from '../render/render-schedule.ts';
import type {
  HealthcareServiceRecord,
  LocationRecord,
  OrganizationRecord,
  PractitionerRecord,
  PractitionerRoleRecord,
  ScheduleRecord,
} from '../types.ts';
import type { SlotSearchResult } from './search-slots.ts';
import type { IncludeTarget } from './slot-query.ts';

/**
 * The HealthcareService a schedule is described with (C-13): the searched service, or, for an ASID
 * token (C-02), the first configured service the schedule serves.
 */
function serviceForSchedule(result: SlotSearchResult, scheduleId: string, view: ProviderView): HealthcareServiceRecord | undefined {
  if (result.service) return result.service;
  for (const dosId of view.serviceDosIdsForSchedule(scheduleId)) {
    const service = view.serviceByDosId(dosId);
    if (service) return service;
  }
  return undefined;
}

function add<T extends { readonly id: string }>(into: Map<string, T>, item: T | undefined): void {
  if (item && !into.has(item.id)) into.set(item.id, item);
}

/** The requested includes plus the first-level ones the chain to them passes through. */
export function withImpliedParents(includes: readonly IncludeTarget[]): readonly IncludeTarget[] {
  const out = new Set(includes);
  if (includes.some((t) => t.startsWith('HealthcareService:'))) out.add('Schedule:actor:HealthcareService');
  if ([...out].some((t) => t.startsWith('Schedule:') || t.startsWith('HealthcareService:'))) out.add('Slot:schedule');
  return [...out];
}

export function collectIncludedResources(
  result: SlotSearchResult,
  requested: readonly IncludeTarget[],
  view: ProviderView,
): readonly IncludedResource[] {
  const includes = withImpliedParents(requested);
  const wants = (target: IncludeTarget): boolean => includes.includes(target);
  const schedules = new Map<string, ScheduleRecord>();
  const services = new Map<string, HealthcareServiceRecord>();
  const practitioners = new Map<string, PractitionerRecord>();
  const roles = new Map<string, PractitionerRoleRecord>();
  const locations = new Map<string, LocationRecord>();
  const organizations = new Map<string, OrganizationRecord>();

  if (wants('Slot:schedule')) for (const slot of result.matched) add(schedules, view.schedule(slot.scheduleId));
  for (const schedule of schedules.values()) {
    if (wants('Schedule:actor:HealthcareService')) add(services, serviceForSchedule(result, schedule.id, view));
    if (wants('Schedule:actor:Practitioner') && schedule.practitionerId) add(practitioners, view.practitioner(schedule.practitionerId));
    if (wants('Schedule:actor:PractitionerRole') && schedule.practitionerRoleId) add(roles, view.practitionerRole(schedule.practitionerRoleId));
    if (wants('Schedule:actor:Location') && schedule.locationId) add(locations, view.location(schedule.locationId));
  }
  for (const service of services.values()) {
    if (wants('HealthcareService:location') && service.locationId) add(locations, view.location(service.locationId));
    if (wants('HealthcareService:organization') && service.organizationId) add(organizations, view.organization(service.organizationId));
  }

  return [
    ...[...schedules.values()].map((s) => renderSchedule(s, serviceForSchedule(result, s.id, view), view)),
    ...[...services.values()].map((s) => renderHealthcareService(s, view)),
    ...[...practitioners.values()].map(renderPractitioner),
    ...[...roles.values()].map((r) => renderPractitionerRole(r, view)),
    ...[...locations.values()].map(renderLocation),
    ...[...organizations.values()].map(renderOrganization),
  ];
}
