// Which of the resources an include reaches a provider holds is its own affair (SLOT-21: data not
// held is left out). Two ends of that range: a provider holding none of them, and one holding a
// Practitioner and a PractitionerRole for every schedule and a Location and an Organization for
// every service.
import type { ProviderData } from '../domain/types.ts';

export function holdNone(data: ProviderData): ProviderData {
  return {
    ...data,
    schedules: data.schedules.map(({ practitionerId: _p, practitionerRoleId: _r, locationId: _l, ...schedule }) => schedule),
    healthcareServices: data.healthcareServices.map(({ locationId: _l, organizationId: _o, ...service }) => service),
    practitioners: [],
    practitionerRoles: [],
    locations: [],
    organizations: [],
  };
}

/**
 * Every schedule names its clinician both as a Practitioner and as a PractitionerRole, and every
 * service has a Location and an Organization. The schedule's own Location gives way to the role
 * (CareConnect-Schedule-1 allows three actors; the service still carries the site).
 */
export function holdAll(data: ProviderData): ProviderData {
  const [location] = data.locations;
  const [organization] = data.organizations;
  const [template] = data.practitionerRoles;
  if (!location || !organization || !template) return data;
  const roles = [...data.practitionerRoles];
  const roleFor = (practitionerId: string): string => {
    const found = roles.find((role) => role.practitionerId === practitionerId);
    if (found) return found.id;
    const role = { ...template, id: `role-${practitionerId}`, practitionerId };
    roles.push(role);
    return role.id;
  };
  const schedules = data.schedules.map(({ locationId, ...schedule }) => (schedule.practitionerId === undefined || schedule.practitionerRoleId !== undefined
    ? { ...schedule, ...(locationId !== undefined ? { locationId } : {}) }
    : { ...schedule, practitionerRoleId: roleFor(schedule.practitionerId) }));
  return {
    ...data,
    schedules,
    practitionerRoles: roles,
    healthcareServices: data.healthcareServices.map((service) => ({
      ...service,
      locationId: service.locationId ?? location.id,
      organizationId: service.organizationId ?? organization.id,
    })),
  };
}
