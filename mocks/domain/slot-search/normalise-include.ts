// Maps one `_include` value, in any of the spellings consumers send, to the canonical targets.
// C-03 / SLOT-24: `:` or `.` as separator and any case of type and parameter give the same result.
import { INCLUDE_TARGETS, type IncludeTarget } from './slot-query.ts';

const ACTOR_TYPES: Readonly<Record<string, IncludeTarget>> = {
  healthcareservice: 'Schedule:actor:HealthcareService',
  practitioner: 'Schedule:actor:Practitioner',
  practitionerrole: 'Schedule:actor:PractitionerRole',
  location: 'Schedule:actor:Location',
};

const ALL_ACTORS: readonly IncludeTarget[] = Object.values(ACTOR_TYPES);

/** Returns the targets a value names; empty for a value the mock does not support (SLOT-21: ignored). */
export function normaliseInclude(value: string): readonly IncludeTarget[] {
  // FHIR's wildcard: every include the server supports.
  if (value.trim() === '*') return INCLUDE_TARGETS;
  const parts = value.trim().toLowerCase().split(/[:.]/);
  const [type, param, target] = parts;
  if (parts.length === 2 && type === 'slot' && param === 'schedule') return ['Slot:schedule'];
  if (type === 'schedule' && param === 'actor') {
    // `Schedule:actor` without a type modifier includes actors of every type (FHIR search).
    if (parts.length === 2) return ALL_ACTORS;
    if (parts.length === 3 && Object.hasOwn(ACTOR_TYPES, target)) return [ACTOR_TYPES[target]];
    return [];
  }
  if (parts.length === 2 && type === 'healthcareservice') {
    if (param === 'location') return ['HealthcareService:location'];
    // STU3 names the providedBy search parameter `organization`; the UEC capability says `providedBy`.
    if (param === 'organization' || param === 'providedby') return ['HealthcareService:organization'];
  }
  return [];
}
