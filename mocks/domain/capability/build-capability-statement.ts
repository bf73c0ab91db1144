// The mock's CapabilityStatement (CAP-01..07, CAP-11): what this mock really serves and nothing
// else (CAP-04: every listed format is served — JSON, and XML unless the provider is JSON-only).
import { CARE_CONNECT_PROFILE_PREFIX } from '../../../spec/care-connect.ts';

const PROFILES = ['Slot', 'HealthcareService', 'Schedule', 'Appointment', 'Patient', 'DocumentReference', 'Practitioner', 'PractitionerRole', 'Organization', 'Location'];

export interface CapabilityOptions {
  readonly softwareVersion: string;
  readonly date: string;
  /** HTTP-01: whether application/fhir+xml is served too. */
  readonly serveXml: boolean;
}

export function buildCapabilityStatement(options: CapabilityOptions): Record<string, unknown> {
  return {
    resourceType: 'CapabilityStatement',
    version: '2.0.4',
    name: 'Care Connect',
    status: 'active',
    date: options.date,
    publisher: 'booking-assurance reference mock provider',
    contact: [{ name: 'booking-assurance maintainers' }],
    description: 'Reference mock provider implementing the NHS Booking API (Care Connect) 2.0.4 slot search, booking, read and cancel',
    kind: 'capability',
    software: { name: 'booking-assurance mock provider', version: options.softwareVersion },
    fhirVersion: '3.0.1',
    // CAP-03: unknown elements and extensions are ignored.
    acceptUnknown: 'both',
    format: options.serveXml ? ['application/fhir+json', 'application/fhir+xml'] : ['application/fhir+json'],
    profile: PROFILES.map((name) => ({ reference: `${CARE_CONNECT_PROFILE_PREFIX}${name}-1` })),
    rest: [{
      mode: 'server',
      // CAP-11: how transactional integrity is handled.
      documentation: 'Updates are version-aware: If-Match is required (412 if absent, 409 if stale). X-Request-ID is checked on create and update; a reused value returns 409.',
      security: { cors: true },
      resource: [
        {
          type: 'Slot',
          profile: { reference: `${CARE_CONNECT_PROFILE_PREFIX}Slot-1` },
          interaction: [{ code: 'search-type' }],
          searchInclude: [
            'Slot:schedule',
            'Schedule:actor:Practitioner',
            'Schedule:actor:PractitionerRole',
            'Schedule:actor:HealthcareService',
            'Schedule:actor:Location',
            'HealthcareService:organization',
            'HealthcareService:location',
          ],
          searchParam: [
            {
              name: 'service',
              definition: 'https://fhir.nhs.uk/STU3/SearchParameter/apiBooking-SearchSlots-Service-1',
              type: 'token',
              documentation: 'DoS service id of the HealthcareService; also accepted as schedule.actor:healthcareservice',
            },
            { name: 'status', type: 'token' },
            { name: 'start', type: 'date' },
          ],
        },
        {
          type: 'Appointment',
          profile: { reference: `${CARE_CONNECT_PROFILE_PREFIX}Appointment-1` },
          interaction: [{ code: 'read' }, { code: 'vread' }, { code: 'create' }, { code: 'update' }, { code: 'search-type' }],
          versioning: 'versioned-update',
          readHistory: true,
          updateCreate: false,
          // REG-01 / C-39: every published spelling of the patient criterion is accepted.
          searchParam: [
            { name: 'Patient', type: 'reference', documentation: 'The patient, as https://demographics.spineservices.nhs.uk/<nhs number> or https://fhir.nhs.uk/Id/nhs-number|<nhs number>' },
            { name: 'identifier', type: 'token', documentation: 'https://fhir.nhs.uk/Id/nhs-number|<nhs number>; also accepted as Appointment.participant.actor:Patient.identifier and Appointment.participant.actor' },
          ],
        },
      ],
    }],
  };
}
