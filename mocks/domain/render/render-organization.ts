// An organisation as a CareConnect-Organization-1 resource, identified by its ODS code.
import type { OrganizationRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE, IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';
import type { OrganizationResource } from './fhir-resources.ts';

export function renderOrganization(organization: OrganizationRecord): OrganizationResource {
  return {
    resourceType: 'Organization',
    id: organization.id,
    meta: { profile: [CARE_CONNECT_PROFILE.Organization] },
    identifier: [{ system: IDENTIFIER_SYSTEM.odsOrganizationCode, value: organization.odsCode }],
    name: organization.name,
  };
}
