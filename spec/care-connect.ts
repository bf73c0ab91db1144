// Profile URLs and identifier systems the renderers stamp on resources (PROF-01, PROF-17, SLOT-32),
// as the obligations catalogue's glossary and reference payloads spell them.

const SD = 'https://fhir.hl7.org.uk/STU3/StructureDefinition';

/** The CareConnect profile URL of a resource type: `${CARE_CONNECT_PROFILE_PREFIX}Slot-1`. */
export const CARE_CONNECT_PROFILE_PREFIX = `${SD}/CareConnect-`;

export const CARE_CONNECT_PROFILE = {
  Slot: `${SD}/CareConnect-Slot-1`,
  Schedule: `${SD}/CareConnect-Schedule-1`,
  HealthcareService: `${SD}/CareConnect-HealthcareService-1`,
  Practitioner: `${SD}/CareConnect-Practitioner-1`,
  PractitionerRole: `${SD}/CareConnect-PractitionerRole-1`,
  Location: `${SD}/CareConnect-Location-1`,
  Organization: `${SD}/CareConnect-Organization-1`,
  Appointment: `${SD}/CareConnect-Appointment-1`,
} as const;

export const DELIVERY_CHANNEL_EXTENSION = `${SD}/Extension-CareConnect-DeliveryChannel-1`;

/** Patient.identifier: the NHS number, with its verification status extension (PROF-05, PROF-06). */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const NHS_VERIFICATION_URL = `${SD}/Extension-CareConnect-NHSNumberVerificationStatus-1`;
export const NHS_VERIFICATION_SYSTEM = 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1';

export const IDENTIFIER_SYSTEM = {
  /** SLOT-32: Slot identifiers are UUIDs under this system in every example. */
  rfc4122: 'https://tools.ietf.org/html/rfc4122',
  /** No source defines a system for DoS ids; this provider-local one is the reference payload's (C-14: match on value). */
  dosServiceId: 'https://provider.example.nhs.uk/Id/dos-service-id',
  sdsUserId: 'https://fhir.nhs.uk/Id/sds-user-id',
  sdsRoleProfileId: 'https://fhir.nhs.uk/Id/sds-role-profile-id',
  odsOrganizationCode: 'https://fhir.nhs.uk/Id/ods-organization-code',
  odsSiteCode: 'https://fhir.nhs.uk/Id/ods-site-code',
} as const;

export const SDS_JOB_ROLE_NAME_SYSTEM = 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1';
