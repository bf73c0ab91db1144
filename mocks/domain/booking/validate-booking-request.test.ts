import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBookingRequest } from './validate-booking-request.ts';
import { buildReferenceBooking } from '../../fixtures/reference-booking.ts';
import { f1Slot } from '../../fixtures/f1-fixture.ts';

type Json = Record<string, any>;

const NOW = Date.parse('2026-03-15T18:45:00Z');
// Fixture F1's slot-0900, the slot of the catalogue's reference booking (4.2).
const SLOT = f1Slot('slot-0900');

function body(change: (b: Json) => void = () => {}, order: 'doc-patient-slot' | 'doc-slot-patient' = 'doc-patient-slot'): Json {
  const b = buildReferenceBooking(SLOT, { containedOrder: order }) as Json;
  change(b);
  return b;
}

test('the reference booking is valid and normalised', () => {
  const result = validateBookingRequest(body(), NOW);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  const { booking } = result;
  assert.deepEqual(booking.contained, { documentReference: 0, patient: 1, slot: 2 });
  assert.deepEqual(booking.slot, {
    id: 'slot-0900', identifier: SLOT.identifier, status: 'busy', start: SLOT.start, startMs: SLOT.startMs,
    end: SLOT.end, endMs: SLOT.endMs, scheduleId: 'sch-gp-1',
  });
  assert.deepEqual(booking.patient, { id: 'pat1', nhsNumber: '9691112221', family: 'Penhallow', given: ['Tamsin'], gender: 'female', birthDate: '1988-07-02' });
  assert.equal(booking.cdaDocumentId, 'ee715abd-44eb-48f3-8e36-319c24814abd');
  assert.equal(booking.startMs, SLOT.startMs);
  assert.deepEqual(booking.tolerated, []);
});

test('contained resources are accepted in any order (BOOK-06, C-15)', () => {
  const result = validateBookingRequest(body(() => {}, 'doc-slot-patient'), NOW);
  assert.equal(result.ok, true);
  if (result.ok) assert.deepEqual(result.booking.contained, { documentReference: 0, patient: 2, slot: 1 });
  const reversed = validateBookingRequest(body((b) => b.contained.reverse()), NOW);
  assert.equal(reversed.ok, true);
  if (reversed.ok) assert.deepEqual(reversed.booking.contained, { documentReference: 2, patient: 1, slot: 0 });
});

test('tolerated deviations are accepted and recorded', () => {
  const rows: [string, (b: Json) => void, { obligation: string; expression: string; message: string }][] = [
    ['id in the body (BOOK-03, C-36)', (b) => { b.id = 'consumer-chosen-1'; }, { obligation: 'BOOK-02', expression: 'Appointment.id', message: 'The request carried an id; it is ignored' }],
    ['no participant.status (C-20)', (b) => { delete b.participant[0].status; }, { obligation: 'C-20', expression: 'Appointment.participant[0].status', message: 'participant.status is missing' }],
    ['created in the future (C-17)', (b) => { b.created = '2026-03-16T00:00:00Z'; }, { obligation: 'C-17', expression: 'Appointment.created', message: 'Appointment.created is later than now' }],
    ['no telecom at all (PROF-09)', (b) => { delete b.contained[1].telecom; delete b.contained[1].contact; }, { obligation: 'PROF-09', expression: 'Appointment.contained[1].telecom', message: 'The patient has no contact details' }],
  ];
  for (const [name, change, tolerance] of rows) {
    const result = validateBookingRequest(body(change), NOW);
    assert.equal(result.ok, true, name);
    if (result.ok) assert.deepEqual(result.booking.tolerated, [tolerance], name);
  }
});

test('accepted variants', () => {
  const rows: [string, (b: Json) => void][] = [
    ['unknown extension and element (BOOK-32, HTTP-16)', (b) => { b.extension = [{ url: 'https://example.org/x', valueString: 'y' }]; b.futureElement = { a: 1 }; }],
    ['patient without identifier (BOOK-26)', (b) => { delete b.contained[1].identifier; }],
    ['only telecom in contact[] (PROF-14)', (b) => { delete b.contained[1].telecom; b.contained[1].contact[0].telecom[0].rank = 1; }],
    ['several ranked telecoms (C-22)', (b) => { b.contained[1].telecom.push({ system: 'email', value: 't@example.org', rank: 3 }); }],
    ['contained Slot status free (C-16)', (b) => { b.contained[2].status = 'free'; }],
    ['non-UTC offsets (TIME-03)', (b) => { b.start = '2026-03-16T10:00:00+01:00'; b.end = '2026-03-16T04:15:00-05:00'; }],
    ['created as a date only', (b) => { b.created = '2026-03-15'; }],
    ['upper-case CDA UUID', (b) => { b.contained[0].identifier[0].value = 'EE715ABD-44EB-48F3-8E36-319C24814ABD'; }],
    ['NHS number without use', (b) => { delete b.contained[1].identifier[0].use; }],
    ['born today', (b) => { b.contained[1].birthDate = '2026-03-15'; }],
  ];
  for (const [name, change] of rows) {
    const result = validateBookingRequest(body(change), NOW);
    assert.equal(result.ok, true, `${name}: ${result.ok ? '' : result.problem.diagnostics}`);
  }
});

test('bodies that are not an Appointment are 400 BAD_BODY (BOOK-19)', () => {
  assert.deepEqual(validateBookingRequest('{"resourceType":', NOW), { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not a FHIR resource (BOOK-19)' } });
  assert.deepEqual(validateBookingRequest([body()], NOW), { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not a FHIR resource (BOOK-19)' } });
  assert.deepEqual(validateBookingRequest({ status: 'booked' }, NOW), { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not a FHIR resource (BOOK-19)' } });
  assert.deepEqual(validateBookingRequest({ resourceType: 'Patient', id: 'p' }, NOW), {
    ok: false, problem: { code: 'BAD_BODY', diagnostics: 'Expected an Appointment, got Patient (BOOK-19)', expression: ['resourceType'] },
  });
});

const C = 'Appointment.contained';
const refusals: [string, (b: Json) => void, string, string, string][] = [
  ['status pending', (b) => { b.status = 'pending'; }, 'PROFILE_INVALID', 'Appointment.status', 'Appointment.status must be booked on create, got pending (BOOK-18)'],
  ['no start', (b) => { delete b.start; }, 'PROFILE_INVALID', 'Appointment.start', 'Appointment.start must be a FHIR instant with a zone (TIME-01)'],
  ['start without zone', (b) => { b.start = '2026-03-16T09:00:00'; }, 'PROFILE_INVALID', 'Appointment.start', 'Appointment.start must be a FHIR instant with a zone (TIME-01)'],
  ['end not an instant', (b) => { b.end = '2026-03-16'; }, 'PROFILE_INVALID', 'Appointment.end', 'Appointment.end must be a FHIR instant with a zone (TIME-01)'],
  ['end equals start', (b) => { b.end = '2026-03-16T10:00:00+01:00'; }, 'PROFILE_INVALID', 'Appointment.end', 'Appointment.end must be later than Appointment.start (BOOK-07)'],
  ['no created', (b) => { delete b.created; }, 'PROFILE_INVALID', 'Appointment.created', 'Appointment.created must be a FHIR dateTime (BOOK-07)'],
  ['created without zone', (b) => { b.created = '2026-03-15T18:41:07'; }, 'PROFILE_INVALID', 'Appointment.created', 'Appointment.created must be a FHIR dateTime (BOOK-07)'],
  ['no description', (b) => { delete b.description; }, 'PROFILE_INVALID', 'Appointment.description', 'Appointment.description must be a non-empty string (BOOK-08)'],
  ['blank description', (b) => { b.description = '  '; }, 'PROFILE_INVALID', 'Appointment.description', 'Appointment.description must be a non-empty string (BOOK-08)'],
  ['two incoming referrals', (b) => { b.incomingReferral = [{ reference: 'ReferralRequest/1' }, { reference: 'ReferralRequest/2' }]; }, 'PROFILE_INVALID', 'Appointment.incomingReferral', 'Appointment.incomingReferral holds at most one reference (BOOK-12)'],
  ['no contained Patient', (b) => { b.contained.splice(1, 1); }, 'PROFILE_INVALID', C, 'Appointment.contained must hold exactly one DocumentReference, one Patient and one Slot (BOOK-05); found 2 resources'],
  ['no contained at all', (b) => { delete b.contained; }, 'PROFILE_INVALID', C, 'Appointment.contained must hold exactly one DocumentReference, one Patient and one Slot (BOOK-05); found 0 resources'],
  ['two Slots', (b) => { b.contained[1] = { ...b.contained[2], id: 'slot-b' }; }, 'PROFILE_INVALID', `${C}[2].resourceType`, 'Appointment.contained must hold exactly one DocumentReference, one Patient and one Slot (BOOK-05); found a second Slot'],
  ['a Practitioner', (b) => { b.contained[1] = { resourceType: 'Practitioner', id: 'p' }; }, 'PROFILE_INVALID', `${C}[1].resourceType`, 'Appointment.contained must hold exactly one DocumentReference, one Patient and one Slot (BOOK-05); found Practitioner'],
  ['duplicate ids', (b) => { b.contained[1].id = 'doc1'; }, 'PROFILE_INVALID', `${C}[1].id`, 'Contained id doc1 is not unique within the Appointment (BOOK-05)'],
  ['id with a slash', (b) => { b.contained[1].id = 'Patient/1'; }, 'PROFILE_INVALID', `${C}[1].id`, 'A contained resource needs an id of 1-64 characters from [A-Za-z0-9-.] (BOOK-05)'],
  ['literal slot reference', (b) => { b.slot = [{ reference: 'Slot/slot-0900' }]; }, 'PROFILE_INVALID', 'Appointment.slot[0].reference', 'Appointment.slot must reference #slot-0900, got Slot/slot-0900 (BOOK-09)'],
  ['two slots referenced', (b) => { b.slot.push({ reference: '#slot-0900' }); }, 'PROFILE_INVALID', 'Appointment.slot', 'Appointment.slot must hold exactly one reference (BOOK-09)'],
  ['no supportingInformation', (b) => { delete b.supportingInformation; }, 'PROFILE_INVALID', 'Appointment.supportingInformation', 'Appointment.supportingInformation must hold exactly one reference (BOOK-10)'],
  ['supportingInformation to the patient', (b) => { b.supportingInformation = [{ reference: '#pat1' }]; }, 'PROFILE_INVALID', 'Appointment.supportingInformation[0].reference', 'Appointment.supportingInformation must reference #doc1, got #pat1 (BOOK-10)'],
  ['two participants', (b) => { b.participant.push(b.participant[0]); }, 'PROFILE_INVALID', 'Appointment.participant', 'Appointment.participant must hold exactly one participant, the patient (BOOK-11)'],
  ['participant not the patient', (b) => { b.participant[0].actor.reference = 'Patient/pat1'; }, 'PROFILE_INVALID', 'Appointment.participant[0].actor.reference', 'Appointment.participant.actor must reference #pat1 (BOOK-11)'],
  ['participant status invalid', (b) => { b.participant[0].status = 'booked'; }, 'PROFILE_INVALID', 'Appointment.participant[0].status', 'participant.status must be a participation status code, got booked (BOOK-11)'],
  ['document: two identifiers', (b) => { b.contained[0].identifier.push(b.contained[0].identifier[0]); }, 'PROFILE_INVALID', `${C}[0].identifier`, 'DocumentReference.identifier must hold exactly one identifier (BOOK-13)'],
  ['document: wrong identifier system', (b) => { b.contained[0].identifier[0].system = 'urn:ietf:rfc:3986'; }, 'PROFILE_INVALID', `${C}[0].identifier[0].system`, 'DocumentReference.identifier.system must be https://tools.ietf.org/html/rfc4122 (BOOK-13)'],
  ['document: identifier not a UUID', (b) => { b.contained[0].identifier[0].value = 'cda-1'; }, 'PROFILE_INVALID', `${C}[0].identifier[0].value`, 'DocumentReference.identifier.value must be the CDA document UUID (BOOK-13)'],
  ['document: status superseded', (b) => { b.contained[0].status = 'superseded'; }, 'PROFILE_INVALID', `${C}[0].status`, 'DocumentReference.status must be current, got superseded (BOOK-13)'],
  ['document: type from another system', (b) => { b.contained[0].type.coding[0].system = 'http://loinc.org'; }, 'PROFILE_INVALID', `${C}[0].type.coding`, 'DocumentReference.type needs a coding from urn:oid:2.16.840.1.113883.2.1.3.2.4.18.17 (BOOK-13)'],
  ['document: no indexed', (b) => { delete b.contained[0].indexed; }, 'PROFILE_INVALID', `${C}[0].indexed`, 'DocumentReference.indexed must be an instant (BOOK-13)'],
  ['document: no content', (b) => { b.contained[0].content = []; }, 'PROFILE_INVALID', `${C}[0].content`, 'DocumentReference.content needs an attachment (BOOK-13)'],
  ['document: contentType not MIME', (b) => { b.contained[0].content[0].attachment.contentType = 'cda'; }, 'PROFILE_INVALID', `${C}[0].content[0].attachment.contentType`, 'DocumentReference attachment.contentType must be a MIME type (BOOK-13)'],
  ['patient: NHS number check digit (BOOK-29)', (b) => { b.contained[1].identifier[0].value = '9483726159'; }, 'INVALID_NHS_NUMBER', `${C}[1].identifier[0].value`, 'NHS number 9483726159 is invalid: it must be 10 digits passing the Modulus 11 check (BOOK-29)'],
  ['patient: NHS number 9 digits', (b) => { b.contained[1].identifier[0].value = '969111222'; }, 'INVALID_NHS_NUMBER', `${C}[1].identifier[0].value`, 'NHS number 969111222 is invalid: it must be 10 digits passing the Modulus 11 check (BOOK-29)'],
  ['patient: local identifier (PROF-05)', (b) => { b.contained[1].identifier[0].system = 'https://example.org/mrn'; }, 'PROFILE_INVALID', `${C}[1].identifier[0].system`, 'Patient.identifier is only sent for an NHS number: system must be https://fhir.nhs.uk/Id/nhs-number (PROF-05)'],
  ['patient: two identifiers', (b) => { b.contained[1].identifier.push(b.contained[1].identifier[0]); }, 'PROFILE_INVALID', `${C}[1].identifier`, 'Patient.identifier holds at most one identifier, the NHS number (PROF-05)'],
  ['patient: empty identifier array', (b) => { b.contained[1].identifier = []; }, 'PROFILE_INVALID', `${C}[1].identifier`, 'Patient.identifier holds at most one identifier, the NHS number (PROF-05)'],
  ['patient: NHS number as number', (b) => { b.contained[1].identifier[0].value = 9691112221; }, 'PROFILE_INVALID', `${C}[1].identifier[0].value`, 'The NHS number value must be a string (PROF-06)'],
  ['patient: use usual', (b) => { b.contained[1].identifier[0].use = 'usual'; }, 'PROFILE_INVALID', `${C}[1].identifier[0].use`, 'NHS number use must be official, got usual (PROF-06)'],
  ['patient: no verification extension', (b) => { delete b.contained[1].identifier[0].extension; }, 'PROFILE_INVALID', `${C}[1].identifier[0].extension`, 'The NHS number needs the NHSNumberVerificationStatus extension (PROF-06)'],
  ['patient: verification not coded', (b) => { b.contained[1].identifier[0].extension[0].valueCodeableConcept = { text: 'verified' }; }, 'PROFILE_INVALID', `${C}[1].identifier[0].extension[0].valueCodeableConcept`, 'The verification status needs a coding from https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 (PROF-06)'],
  ['patient: two names', (b) => { b.contained[1].name.push(b.contained[1].name[0]); }, 'PROFILE_INVALID', `${C}[1].name`, 'Patient.name must hold exactly one name (PROF-08)'],
  ['patient: no family', (b) => { delete b.contained[1].name[0].family; }, 'PROFILE_INVALID', `${C}[1].name[0].family`, 'Patient.name needs a family name (PROF-08)'],
  ['patient: given as a string (PROF-03)', (b) => { b.contained[1].name[0].given = 'Tamsin'; }, 'PROFILE_INVALID', `${C}[1].name[0].given`, 'Patient.name.given must be an array of strings (PROF-03)'],
  ['patient: gender F', (b) => { b.contained[1].gender = 'F'; }, 'PROFILE_INVALID', `${C}[1].gender`, 'Patient.gender must be male, female, other or unknown (PROF-08)'],
  ['patient: born tomorrow', (b) => { b.contained[1].birthDate = '2026-03-16'; }, 'PROFILE_INVALID', `${C}[1].birthDate`, 'Patient.birthDate must be a date in the past (PROF-08)'],
  ['patient: birthDate not a date', (b) => { b.contained[1].birthDate = '02/07/1988'; }, 'PROFILE_INVALID', `${C}[1].birthDate`, 'Patient.birthDate must be a date in the past (PROF-08)'],
  ['patient: no address', (b) => { delete b.contained[1].address; }, 'PROFILE_INVALID', `${C}[1].address`, 'Patient.address must hold exactly one address (PROF-08)'],
  ['patient: contact without relationship', (b) => { delete b.contained[1].contact[0].relationship; }, 'PROFILE_INVALID', `${C}[1].contact[0].relationship`, 'Every Patient.contact needs a relationship (PROF-11)'],
  ['patient: contact without name', (b) => { delete b.contained[1].contact[0].name; }, 'PROFILE_INVALID', `${C}[1].contact[0].name`, 'Every Patient.contact needs a name (PROF-11)'],
  ['patient: two rank 1 (PROF-12)', (b) => { b.contained[1].contact[0].telecom[0].rank = 1; }, 'PROFILE_INVALID', `${C}[1].contact[0].telecom[0].rank`, `Two contact points have rank 1 (${C}[1].telecom[0] and ${C}[1].contact[0].telecom[0]); exactly one is the primary (PROF-12)`],
  ['patient: telecom without rank', (b) => { delete b.contained[1].telecom[0].rank; }, 'PROFILE_INVALID', `${C}[1].telecom[0].rank`, 'Every telecom needs a rank (PROF-12)'],
  ['patient: rank zero', (b) => { b.contained[1].contact[0].telecom[0].rank = 0; }, 'PROFILE_INVALID', `${C}[1].contact[0].telecom[0].rank`, 'telecom.rank must be a positive integer, got 0 (PROF-12)'],
  ['patient: no rank 1', (b) => { b.contained[1].telecom[0].rank = 3; }, 'PROFILE_INVALID', `${C}[1].telecom`, 'No contact point has rank 1; exactly one must be the primary (PROF-12)'],
  ['patient: empty telecom array', (b) => { b.contained[1].telecom = []; }, 'PROFILE_INVALID', `${C}[1].telecom`, 'telecom must be a non-empty array when present (PROF-03)'],
  ['slot: no identifier', (b) => { delete b.contained[2].identifier; }, 'PROFILE_INVALID', `${C}[2].identifier`, 'The contained Slot must carry exactly one identifier (BOOK-15)'],
  ['slot: empty identifier value', (b) => { b.contained[2].identifier[0].value = ''; }, 'PROFILE_INVALID', `${C}[2].identifier[0].value`, 'The contained Slot identifier needs a value (BOOK-15)'],
  ['slot: status booked', (b) => { b.contained[2].status = 'booked'; }, 'PROFILE_INVALID', `${C}[2].status`, 'The contained Slot status must be busy or free, got booked (C-16)'],
  ['slot: start without zone', (b) => { b.contained[2].start = '2026-03-16T09:00:00'; }, 'PROFILE_INVALID', `${C}[2].start`, 'The contained Slot start must be a FHIR instant with a zone (TIME-01)'],
  ['slot: no end', (b) => { delete b.contained[2].end; }, 'PROFILE_INVALID', `${C}[2].end`, 'The contained Slot end must be a FHIR instant with a zone (TIME-01)'],
  ['slot: schedule as absolute URL', (b) => { b.contained[2].schedule.reference = 'https://x.example/Schedule/sch-gp-1'; }, 'PROFILE_INVALID', `${C}[2].schedule.reference`, 'The contained Slot schedule.reference must be Schedule/<id> (BOOK-15)'],
];

test('refusals name the code, the element and the rule (BOOK-18, BOOK-29, PROF)', () => {
  for (const [name, change, code, expression, diagnostics] of refusals) {
    assert.deepEqual(validateBookingRequest(body(change), NOW), { ok: false, problem: { code, diagnostics, expression: [expression] } }, name);
  }
});

test('expressions follow the contained order actually sent', () => {
  const result = validateBookingRequest(body((b) => { b.contained[2].identifier[0].value = '9483726159'; }, 'doc-slot-patient'), NOW);
  assert.deepEqual(result, {
    ok: false,
    problem: { code: 'INVALID_NHS_NUMBER', diagnostics: 'NHS number 9483726159 is invalid: it must be 10 digits passing the Modulus 11 check (BOOK-29)', expression: [`${C}[2].identifier[0].value`] },
  });
});

test('the received resource is kept as sent and not mutated', () => {
  const sent = body((b) => { b.id = 'x'; b.extension = [{ url: 'https://example.org/x', valueString: 'y' }]; });
  const copy = structuredClone(sent);
  const result = validateBookingRequest(sent, NOW);
  assert.equal(result.ok, true);
  if (result.ok) assert.equal(result.booking.resource, sent);
  assert.deepEqual(sent, copy);
});
