// The JSON types of the STU3 elements a booking or cancel body carries (Appointment and its
// contained DocumentReference, Patient and Slot, with the datatypes they use). Only known elements
// are listed: an element the table does not know is left alone (BOOK-32 keeps unknown elements).
// `T[]` is an array of T; a lower-case name is a JSON primitive, a capitalised one a datatype.
export type ElementType = string;

const ELEMENT = { id: 'string', extension: 'Extension[]' } as const;
const BACKBONE = { ...ELEMENT, modifierExtension: 'Extension[]' } as const;
const RESOURCE = {
  resourceType: 'string', id: 'string', meta: 'Meta', implicitRules: 'string', language: 'string',
  text: 'Narrative', extension: 'Extension[]', modifierExtension: 'Extension[]',
} as const;

export const STU3_ELEMENT_TYPES: Readonly<Record<string, Readonly<Record<string, ElementType>>>> = {
  Meta: { ...ELEMENT, versionId: 'string', lastUpdated: 'string', profile: 'string[]', security: 'Coding[]', tag: 'Coding[]' },
  Narrative: { ...ELEMENT, status: 'string', div: 'string' },
  Extension: {
    ...ELEMENT, url: 'string', valueString: 'string', valueCode: 'string', valueUri: 'string', valueBoolean: 'boolean', valueInteger: 'number',
    valueDateTime: 'string', valueCoding: 'Coding', valueCodeableConcept: 'CodeableConcept', valueReference: 'Reference', valueIdentifier: 'Identifier',
  },
  Coding: { ...ELEMENT, system: 'string', version: 'string', code: 'string', display: 'string', userSelected: 'boolean' },
  CodeableConcept: { ...ELEMENT, coding: 'Coding[]', text: 'string' },
  Period: { ...ELEMENT, start: 'string', end: 'string' },
  Identifier: { ...ELEMENT, use: 'string', type: 'CodeableConcept', system: 'string', value: 'string', period: 'Period', assigner: 'Reference' },
  Reference: { ...ELEMENT, reference: 'string', identifier: 'Identifier', display: 'string' },
  HumanName: { ...ELEMENT, use: 'string', text: 'string', family: 'string', given: 'string[]', prefix: 'string[]', suffix: 'string[]', period: 'Period' },
  ContactPoint: { ...ELEMENT, system: 'string', value: 'string', use: 'string', rank: 'number', period: 'Period' },
  Address: {
    ...ELEMENT, use: 'string', type: 'string', text: 'string', line: 'string[]', city: 'string', district: 'string', state: 'string',
    postalCode: 'string', country: 'string', period: 'Period',
  },
  Attachment: { ...ELEMENT, contentType: 'string', language: 'string', data: 'string', url: 'string', size: 'number', hash: 'string', title: 'string', creation: 'string' },
  Appointment: {
    ...RESOURCE, identifier: 'Identifier[]', status: 'string', serviceCategory: 'CodeableConcept', serviceType: 'CodeableConcept[]',
    specialty: 'CodeableConcept[]', appointmentType: 'CodeableConcept', reason: 'CodeableConcept[]', indication: 'Reference[]', priority: 'number',
    description: 'string', supportingInformation: 'Reference[]', start: 'string', end: 'string', minutesDuration: 'number', slot: 'Reference[]',
    created: 'string', comment: 'string', incomingReferral: 'Reference[]', participant: 'AppointmentParticipant[]', requestedPeriod: 'Period[]',
  },
  AppointmentParticipant: { ...BACKBONE, type: 'CodeableConcept[]', actor: 'Reference', required: 'string', status: 'string' },
  DocumentReference: {
    ...RESOURCE, masterIdentifier: 'Identifier', identifier: 'Identifier[]', status: 'string', docStatus: 'string', type: 'CodeableConcept',
    class: 'CodeableConcept', subject: 'Reference', created: 'string', indexed: 'string', author: 'Reference[]', authenticator: 'Reference',
    custodian: 'Reference', description: 'string', securityLabel: 'CodeableConcept[]', content: 'DocumentReferenceContent[]',
  },
  DocumentReferenceContent: { ...BACKBONE, attachment: 'Attachment', format: 'Coding' },
  Patient: {
    ...RESOURCE, identifier: 'Identifier[]', active: 'boolean', name: 'HumanName[]', telecom: 'ContactPoint[]', gender: 'string',
    birthDate: 'string', deceasedBoolean: 'boolean', deceasedDateTime: 'string', address: 'Address[]', maritalStatus: 'CodeableConcept',
    multipleBirthBoolean: 'boolean', multipleBirthInteger: 'number', contact: 'PatientContact[]', generalPractitioner: 'Reference[]',
    managingOrganization: 'Reference',
  },
  PatientContact: {
    ...BACKBONE, relationship: 'CodeableConcept[]', name: 'HumanName', telecom: 'ContactPoint[]', address: 'Address', gender: 'string',
    organization: 'Reference', period: 'Period',
  },
  Slot: {
    ...RESOURCE, identifier: 'Identifier[]', serviceCategory: 'CodeableConcept', serviceType: 'CodeableConcept[]', specialty: 'CodeableConcept[]',
    appointmentType: 'CodeableConcept', schedule: 'Reference', status: 'string', start: 'string', end: 'string', overbooked: 'boolean', comment: 'string',
  },
};
