// A service as a CareConnect-HealthcareService-1 resource: exactly one identifier, whose value is
// the DoS service id (C-14, PROF-16); the logical id stays opaque. Location (0..1) and providedBy
// are referenced only when the provider holds them (C-28).
import type { ProviderView } from '../provider-view.ts';
import type { HealthcareServiceRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE, IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';
import type { HealthcareServiceResource } from './fhir-resources.ts';

export function renderHealthcareService(service: HealthcareServiceRecord, view: ProviderView): HealthcareServiceResource {
  const hasOrganization = service.organizationId !== undefined && view.organization(service.organizationId) !== undefined;
  const hasLocation = service.locationId !== undefined && view.location(service.locationId) !== undefined;
  return {
    resourceType: 'HealthcareService',
    id: service.id,
    meta: { profile: [CARE_CONNECT_PROFILE.HealthcareService] },
    identifier: [{ system: IDENTIFIER_SYSTEM.dosServiceId, value: service.dosId }],
    ...(hasOrganization ? { providedBy: { reference: `Organization/${service.organizationId}` } } : {}),
    ...(hasLocation ? { location: [{ reference: `Location/${service.locationId}` }] } : {}),
    name: service.name,
  };
}
