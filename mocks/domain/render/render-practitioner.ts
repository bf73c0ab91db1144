// A practitioner as a CareConnect-Practitioner-1 resource, identified by SDS user id (PROF-17);
// name parts are arrays and empty ones are left out (PROF-03).
import type { PractitionerRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE, IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';
import type { PractitionerResource } from './fhir-resources.ts';

export function renderPractitioner(practitioner: PractitionerRecord): PractitionerResource {
  const { family, given, prefix, gender } = practitioner;
  return {
    resourceType: 'Practitioner',
    id: practitioner.id,
    meta: { profile: [CARE_CONNECT_PROFILE.Practitioner] },
    identifier: [{ system: IDENTIFIER_SYSTEM.sdsUserId, value: practitioner.sdsUserId }],
    name: [{
      family,
      ...(given.length > 0 ? { given } : {}),
      ...(prefix && prefix.length > 0 ? { prefix } : {}),
    }],
    ...(gender ? { gender } : {}),
  };
}
