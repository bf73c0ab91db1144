// FHIRPath invariants, as data. Each row passes when its expression evaluates to `true` (or to an
// empty collection: a missing element is the schema's to report, not the invariant's). Base STU3
// invariants keep their STU3 key; the booking rules use `ba-*` keys. `%resource` is the resource
// being checked (for a contained resource: its container, which is where `#id` references resolve).
//
// ele-1 ("all elements have a value or children") is covered by the schemas (no empty objects,
// arrays or strings, PROF-03), so it is not repeated here.

import type { ValidationSeverity } from './validation-result.ts';
import { CARE_CONNECT_PROFILE_PREFIX, DELIVERY_CHANNEL_EXTENSION, NHS_NUMBER_SYSTEM, NHS_VERIFICATION_SYSTEM, NHS_VERIFICATION_URL } from '../../spec/care-connect.ts';

export interface FhirPathInvariant {
  readonly key: string;
  /** Resource type the expression is evaluated on; `*` for every resource except Bundle. */
  readonly resourceType: string;
  readonly severity: ValidationSeverity;
  /** Completes the sentence "<path> …": `must have exactly one HealthcareService actor`. */
  readonly human: string;
  readonly expression: string;
  readonly obligation: string;
  /** The element the rule is about, appended to the resource path in the message. */
  readonly element?: string;
}

const NHS_NUMBER = NHS_NUMBER_SYSTEM;
const VERIFICATION = NHS_VERIFICATION_URL;
const VERIFICATION_CODES = NHS_VERIFICATION_SYSTEM;
const DELIVERY_CHANNEL = DELIVERY_CHANNEL_EXTENSION;
const CC = CARE_CONNECT_PROFILE_PREFIX;
const CC_PROFILES = ['Slot', 'HealthcareService', 'Schedule', 'Appointment', 'Patient', 'DocumentReference', 'Practitioner', 'PractitionerRole', 'Organization', 'Location'];
// C-12: the four code systems seen in the sources for OperationOutcome.issue.details.coding.
const ERROR_SYSTEMS = [
  'https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1', 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1',
  'http://hl7.org/fhir/issue-type', 'http://hl7.org/fhir/operation-outcome',
];
const list = (values: readonly string[]): string => `(${values.map((v) => `'${v}'`).join(' | ')})`;
// Modulus 11 over the first nine digits, weights 10..2; a remainder giving 10 can never match.
const mod11 = `((11 - ((${[10, 9, 8, 7, 6, 5, 4, 3, 2].map((w, i) => `substring(${i},1).toInteger() * ${w}`).join(' + ')}) mod 11)) mod 11) = substring(9,1).toInteger()`;
const localRefsTo = (type: string) => `reference.where(startsWith('#')).all(substring(1) in %resource.contained.ofType(${type}).id)`;

const base: readonly FhirPathInvariant[] = [
  { key: 'dom-2', resourceType: '*', severity: 'error', obligation: 'PROF-02', element: 'contained', human: 'must not contain resources that themselves contain resources', expression: 'contained.contained.empty()' },
  { key: 'dom-3', resourceType: '*', severity: 'error', obligation: 'PROF-02', element: 'contained', human: 'must each be referenced from elsewhere in the resource', expression: "contained.all(('#' + id) in %resource.descendants().ofType(Reference).reference)" },
  { key: 'dom-4', resourceType: '*', severity: 'error', obligation: 'PROF-02', element: 'contained', human: 'must not carry meta.versionId or meta.lastUpdated', expression: 'contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()' },
  { key: 'ref-1', resourceType: '*', severity: 'error', obligation: 'PROF-02', human: 'must resolve every local reference "#id" to a contained resource', expression: "descendants().ofType(Reference).reference.where(startsWith('#') and length() > 1).all(substring(1) in %resource.contained.id)" },
  { key: 'ext-1', resourceType: '*', severity: 'error', obligation: 'PROF-02', human: 'must give every extension either a value or nested extensions, not both', expression: '(extension | modifierExtension | descendants().extension | descendants().modifierExtension).all(extension.exists() != value.exists())' },
  { key: 'per-1', resourceType: '*', severity: 'error', obligation: 'PROF-02', human: 'must not have a Period whose start is after its end', expression: 'descendants().ofType(Period).where(start.exists() and end.exists() and start > end).empty()' },
  { key: 'app-1', resourceType: 'Appointment', severity: 'error', obligation: 'PROF-02', element: 'participant', human: 'must each have a type or an actor', expression: 'participant.all(type.exists() or actor.exists())' },
  { key: 'app-2', resourceType: 'Appointment', severity: 'error', obligation: 'PROF-02', human: 'must have both start and end, or neither', expression: 'start.exists() = end.exists()' },
  { key: 'app-3', resourceType: 'Appointment', severity: 'error', obligation: 'PROF-02', human: 'must have start and end unless proposed or cancelled', expression: "(start.exists() and end.exists()) or (status in ('proposed' | 'cancelled'))" },
  { key: 'bdl-1', resourceType: 'Bundle', severity: 'error', obligation: 'PROF-02', element: 'total', human: 'must only be present in a searchset or history Bundle', expression: "total.empty() or (type = 'searchset') or (type = 'history')" },
  { key: 'bdl-2', resourceType: 'Bundle', severity: 'error', obligation: 'PROF-02', element: 'entry', human: 'must only carry search in a searchset Bundle', expression: "entry.search.empty() or (type = 'searchset')" },
  { key: 'bdl-5', resourceType: 'Bundle', severity: 'error', obligation: 'PROF-02', element: 'entry', human: 'must each have a resource, a request or a response', expression: 'entry.all(resource.exists() or request.exists() or response.exists())' },
  { key: 'bdl-7', resourceType: 'Bundle', severity: 'error', obligation: 'PROF-02', element: 'entry', human: 'must have unique fullUrls (unless versions differ)', expression: 'entry.where(fullUrl.exists()).select(fullUrl & resource.meta.versionId).isDistinct()' },
  { key: 'bdl-8', resourceType: 'Bundle', severity: 'error', obligation: 'PROF-02', element: 'entry', human: 'must not have a version-specific fullUrl', expression: "entry.fullUrl.all(contains('/_history/').not())" },
  { key: 'cpb-1', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', human: 'must have rest, messaging or document', expression: 'rest.exists() or messaging.exists() or document.exists()' },
  { key: 'cpb-2', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', human: 'must have description, software or implementation', expression: '(description.count() + software.count() + implementation.count()) > 0' },
  { key: 'cpb-8', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', element: 'rest', human: 'must have one rest entry per mode', expression: 'rest.mode.isDistinct()' },
  { key: 'cpb-9', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', element: 'rest', human: 'must describe each resource type once per rest entry', expression: 'rest.all(resource.type.isDistinct())' },
  { key: 'cpb-12', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', element: 'rest', human: 'must have unique search parameter names per resource', expression: 'rest.resource.all(searchParam.name.isDistinct())' },
  { key: 'cpb-14', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', human: 'must have implementation when kind is instance', expression: "(kind != 'instance') or implementation.exists()" },
  { key: 'cpb-15', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', human: 'must have software and no implementation when kind is capability', expression: "(kind != 'capability') or (implementation.exists().not() and software.exists())" },
  { key: 'cpb-16', resourceType: 'CapabilityStatement', severity: 'error', obligation: 'CAP-02', human: 'must have neither software nor implementation when kind is requirements', expression: "(kind != 'requirements') or (implementation.exists().not() and software.exists().not())" },
  { key: 'org-1', resourceType: 'Organization', severity: 'error', obligation: 'PROF-02', human: 'must have an identifier or a name', expression: '(identifier.count() + name.count()) > 0' },
  { key: 'org-2', resourceType: 'Organization', severity: 'error', obligation: 'PROF-02', element: 'address', human: 'must not use home', expression: "address.where(use = 'home').empty()" },
  { key: 'org-3', resourceType: 'Organization', severity: 'error', obligation: 'PROF-02', element: 'telecom', human: 'must not use home', expression: "telecom.where(use = 'home').empty()" },
  { key: 'pat-1', resourceType: 'Patient', severity: 'error', obligation: 'PROF-02', element: 'contact', human: 'must each have a name, telecom, address or organization', expression: 'contact.all(name.exists() or telecom.exists() or address.exists() or organization.exists())' },
];

const booking: readonly FhirPathInvariant[] = [
  { key: 'ba-sch-1', resourceType: 'Schedule', severity: 'error', obligation: 'SLOT-23, C-13', element: 'actor', human: 'must have exactly one HealthcareService actor', expression: "actor.where(reference.matches('(^|/)HealthcareService/[A-Za-z0-9.-]{1,64}$')).count() = 1" },
  { key: 'ba-sch-2', resourceType: 'Schedule', severity: 'error', obligation: 'PROF-02', element: 'actor', human: 'must have at most one Practitioner, one PractitionerRole and one Location actor', expression: ['Practitioner', 'PractitionerRole', 'Location'].map((t) => `actor.where(reference.matches('(^|/)${t}/[A-Za-z0-9.-]{1,64}$')).count() <= 1`).join(' and ') },
  { key: 'ba-slot-1', resourceType: 'Slot', severity: 'error', obligation: 'PROF-02', element: 'start', human: 'must not be after end', expression: 'start <= end' },
  { key: 'ba-slot-2', resourceType: 'Slot', severity: 'error', obligation: 'SLOT-33', element: 'extension', human: `must carry at most one delivery channel, coded In-person, Telephone or Video`, expression: `extension.where(url = '${DELIVERY_CHANNEL}').count() <= 1 and extension.where(url = '${DELIVERY_CHANNEL}').all(valueCode in ('In-person' | 'Telephone' | 'Video'))` },
  { key: 'ba-app-1', resourceType: 'Appointment', severity: 'error', obligation: 'BOOK-09', element: 'slot', human: 'must reference the contained Slot', expression: `slot.${localRefsTo('Slot')}` },
  { key: 'ba-app-2', resourceType: 'Appointment', severity: 'error', obligation: 'BOOK-10', element: 'supportingInformation', human: 'must reference the contained DocumentReference', expression: `supportingInformation.${localRefsTo('DocumentReference')}` },
  { key: 'ba-app-3', resourceType: 'Appointment', severity: 'error', obligation: 'BOOK-11', element: 'participant', human: 'must have the contained Patient as actor', expression: `participant.actor.${localRefsTo('Patient')}` },
  { key: 'ba-app-4', resourceType: 'Appointment', severity: 'error', obligation: 'BOOK-05', element: 'contained', human: 'must have unique ids', expression: 'contained.id.isDistinct()' },
  { key: 'ba-pat-1', resourceType: 'Patient', severity: 'error', obligation: 'PROF-12', element: 'telecom', human: 'must have exactly one contact point (patient or contact) with rank 1', expression: 'telecom.combine(contact.telecom).empty() or telecom.combine(contact.telecom).where(rank = 1).count() = 1' },
  { key: 'ba-pat-2', resourceType: 'Patient', severity: 'error', obligation: 'PROF-09', element: 'telecom', human: 'must record at least one set of contact details (telecom or contact.telecom)', expression: 'telecom.exists() or contact.telecom.exists()' },
  { key: 'ba-pat-3', resourceType: 'Patient', severity: 'error', obligation: 'BOOK-29, PROF-06', element: 'identifier', human: 'must carry a 10-digit NHS number with a valid Modulus 11 check digit', expression: `identifier.where(system = '${NHS_NUMBER}').value.all(matches('^[0-9]{10}$') and ${mod11})` },
  { key: 'ba-pat-4', resourceType: 'Patient', severity: 'error', obligation: 'PROF-06', element: 'identifier', human: `must code the NHS number verification status from ${VERIFICATION_CODES}`, expression: `identifier.extension.where(url = '${VERIFICATION}').all(valueCodeableConcept.coding.where(system = '${VERIFICATION_CODES}').exists())` },
  { key: 'ba-pat-5', resourceType: 'Patient', severity: 'warning', obligation: 'PROF-07', element: 'identifier', human: 'should carry a traced NHS number (verification status 01)', expression: `identifier.extension.where(url = '${VERIFICATION}').valueCodeableConcept.coding.where(system = '${VERIFICATION_CODES}').all(code = '01')` },
  { key: 'ba-prac-1', resourceType: 'Practitioner', severity: 'warning', obligation: 'PROF-17', element: 'identifier', human: 'should include an SDS user id or SDS role profile id', expression: "identifier.where(system in ('https://fhir.nhs.uk/Id/sds-user-id' | 'https://fhir.nhs.uk/Id/sds-role-profile-id')).exists()" },
  { key: 'ba-role-1', resourceType: 'PractitionerRole', severity: 'warning', obligation: 'PROF-17', element: 'identifier', human: 'should only be SDS role profile ids', expression: "identifier.all(system = 'https://fhir.nhs.uk/Id/sds-role-profile-id')" },
  { key: 'ba-role-2', resourceType: 'PractitionerRole', severity: 'warning', obligation: 'PROF-17', element: 'code', human: 'should code the role from CareConnect-SDSJobRoleName-1', expression: "code.coding.where(system = 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1').exists()" },
  { key: 'ba-loc-1', resourceType: 'Location', severity: 'warning', obligation: 'SLOT-34, C-35', element: 'address', human: 'should give the address of the appointment, with a postcode', expression: 'address.postalCode.exists()' },
  { key: 'ba-oo-1', resourceType: 'OperationOutcome', severity: 'error', obligation: 'C-12', element: 'issue', human: `must code details from ${ERROR_SYSTEMS.join(', ')}`, expression: `issue.details.coding.all(system in ${list(ERROR_SYSTEMS)})` },
  { key: 'ba-bdl-1', resourceType: 'Bundle', severity: 'warning', obligation: 'SLOT-28', element: 'entry', human: 'should include each resource once only', expression: "entry.resource.select(resourceType & '/' & id).isDistinct()" },
  { key: 'ba-bdl-2', resourceType: 'Bundle', severity: 'warning', obligation: 'SLOT-30, C-27', element: 'total', human: 'should equal the number of matching Slots', expression: "total.empty() or link.where(relation = 'next').exists() or total = entry.where(search.mode = 'match' and resource.resourceType = 'Slot').count()" },
  { key: 'ba-bdl-3', resourceType: 'Bundle', severity: 'error', obligation: 'SLOT-25', element: 'entry', human: 'must have a fullUrl that agrees with the resource type and id', expression: "entry.where(fullUrl.exists() and resource.id.exists() and fullUrl.startsWith('urn:').not()).all(fullUrl.endsWith('/' & resource.resourceType & '/' & resource.id))" },
  { key: 'ba-cap-1', resourceType: 'CapabilityStatement', severity: 'warning', obligation: 'CAP-05', human: 'should replace every [...] template placeholder', expression: "(publisher | name | title | description | software.name | software.version | contact.name | contact.telecom.value | implementation.description).where(matches('^\\\\[.*\\\\]$')).empty()" },
  { key: 'ba-cap-2', resourceType: 'CapabilityStatement', severity: 'warning', obligation: 'CAP-06', element: 'rest', human: 'should declare Slot search-type with the service, status and start parameters and its searchInclude list', expression: "rest.resource.where(type = 'Slot' and ('search-type' in interaction.code) and ('service' in searchParam.name) and ('status' in searchParam.name) and ('start' in searchParam.name) and searchInclude.exists()).exists()" },
  { key: 'ba-cap-3', resourceType: 'CapabilityStatement', severity: 'warning', obligation: 'CAP-07', element: 'rest', human: 'should declare Appointment read and create', expression: "rest.resource.where(type = 'Appointment' and ('read' in interaction.code) and ('create' in interaction.code)).exists()" },
  { key: 'ba-cap-4', resourceType: 'CapabilityStatement', severity: 'warning', obligation: 'CAP-07, C-23', element: 'rest', human: 'should declare Appointment update and vread (cancel and history use them)', expression: "rest.resource.where(type = 'Appointment' and ('update' in interaction.code) and ('vread' in interaction.code)).exists()" },
  { key: 'ba-cap-5', resourceType: 'CapabilityStatement', severity: 'warning', obligation: 'CAP-07', element: 'profile', human: 'should list the ten CareConnect profiles', expression: CC_PROFILES.map((p) => `('${CC}${p}-1' in profile.reference)`).join(' and ') },
  { key: 'ba-cap-6', resourceType: 'CapabilityStatement', severity: 'warning', obligation: 'CAP-11', element: 'rest', human: 'should document how transactional integrity is handled', expression: "rest.documentation.exists() or rest.resource.where(type = 'Appointment').documentation.exists()" },
];

/** Every invariant: the STU3 base ones that matter for these resources, then the booking rules. */
export const fhirPathInvariantTable: readonly FhirPathInvariant[] = [...base, ...booking];
