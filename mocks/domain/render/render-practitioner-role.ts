// A practitioner role as a CareConnect-PractitionerRole-1 resource: the SDS role profile id as its
// only identifier and the role coded in SDSJobRoleName (PROF-17). The practitioner is referenced
// only when the provider holds it (C-28).
import type { ProviderView } from '../provider-view.ts';
import type { PractitionerRoleRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE, IDENTIFIER_SYSTEM, SDS_JOB_ROLE_NAME_SYSTEM } from '../../../spec/care-connect.ts';
import type { PractitionerRoleResource } from './fhir-resources.ts';

export function renderPractitionerRole(role: PractitionerRoleRecord, view: ProviderView): PractitionerRoleResource {
  return {
    resourceType: 'PractitionerRole',
    id: role.id,
    meta: { profile: [CARE_CONNECT_PROFILE.PractitionerRole] },
    identifier: [{ system: IDENTIFIER_SYSTEM.sdsRoleProfileId, value: role.sdsRoleProfileId }],
    ...(view.practitioner(role.practitionerId) ? { practitioner: { reference: `Practitioner/${role.practitionerId}` } } : {}),
    code: [{ coding: [{ system: SDS_JOB_ROLE_NAME_SYSTEM, code: role.roleCode, display: role.roleDisplay }] }],
  };
}
