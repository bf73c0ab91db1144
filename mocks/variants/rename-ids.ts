// Logical ids are the provider's own choice: FHIR allows any 1 to 64 characters of
// [A-Za-z0-9-.] (STU3 datatypes, `id`). Each scheme renames every logical id the provider holds,
// consistently, so references still resolve and the same record keeps the same id.
import type { ProviderData } from '../domain/types.ts';
import { uuidFromString } from '../domain/uuid-from-string.ts';

export type IdScheme = 'uuid' | 'numeric' | 'dotted';

/** A 64-bit FNV-1a hash of the string, as decimal digits (at most 20). */
function digitsOf(input: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < input.length; i++) {
    h ^= BigInt(input.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return String(h);
}

/** The id a record of `kind` (e.g. `Schedule`) gets under `scheme`. */
export function renameId(scheme: IdScheme, kind: string, id: string): string {
  if (scheme === 'uuid') return uuidFromString(`${kind}/${id}`);
  if (scheme === 'numeric') return digitsOf(`${kind}/${id}`);
  return `${kind.toLowerCase()}.v2-${id}`.slice(0, 64);
}

export function renameIds(scheme: IdScheme, data: ProviderData): ProviderData {
  const as = (kind: string) => (id: string) => renameId(scheme, kind, id);
  const optional = (kind: string, id: string | undefined) => (id === undefined ? undefined : as(kind)(id));
  const defined = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
  return {
    ...data,
    healthcareServices: data.healthcareServices.map((s) => defined({ ...s, id: as('HealthcareService')(s.id), locationId: optional('Location', s.locationId), organizationId: optional('Organization', s.organizationId) })),
    schedules: data.schedules.map((s) => defined({ ...s, id: as('Schedule')(s.id), practitionerId: optional('Practitioner', s.practitionerId), practitionerRoleId: optional('PractitionerRole', s.practitionerRoleId), locationId: optional('Location', s.locationId) })),
    mapping: data.mapping.map((link) => ({ ...link, scheduleId: as('Schedule')(link.scheduleId) })),
    slots: data.slots.map((slot) => ({ ...slot, id: as('Slot')(slot.id), scheduleId: as('Schedule')(slot.scheduleId) })),
    practitioners: data.practitioners.map((p) => ({ ...p, id: as('Practitioner')(p.id) })),
    practitionerRoles: data.practitionerRoles.map((r) => ({ ...r, id: as('PractitionerRole')(r.id), practitionerId: as('Practitioner')(r.practitionerId) })),
    locations: data.locations.map((l) => ({ ...l, id: as('Location')(l.id) })),
    organizations: data.organizations.map((o) => ({ ...o, id: as('Organization')(o.id) })),
  };
}
