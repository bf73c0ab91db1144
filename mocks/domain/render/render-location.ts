// A location as a CareConnect-Location-1 resource. SLOT-34: it carries the actual address of the
// appointment, postcode included, identified by its ODS site code.
import type { LocationRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE, IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';
import type { LocationResource } from './fhir-resources.ts';

export function renderLocation(location: LocationRecord): LocationResource {
  return {
    resourceType: 'Location',
    id: location.id,
    meta: { profile: [CARE_CONNECT_PROFILE.Location] },
    identifier: [{ system: IDENTIFIER_SYSTEM.odsSiteCode, value: location.odsSiteCode }],
    name: location.name,
    address: {
      use: 'work',
      // PROF-03: no empty arrays.
      ...(location.line.length > 0 ? { line: location.line } : {}),
      city: location.city,
      postalCode: location.postalCode,
    },
  };
}
