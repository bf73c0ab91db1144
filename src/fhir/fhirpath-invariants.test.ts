import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalogueExample } from './catalogue-examples.ts';
import { createFhirPathInvariants } from './fhirpath-invariants.ts';
import { fhirPathInvariantTable } from './fhirpath-invariant-table.ts';

const invariants = createFhirPathInvariants();
const run = (resource: unknown) => invariants.evaluate(resource).map((m) => [m.severity, m.message]);

test('every invariant compiles and has a key, text and obligation', () => {
  assert.equal(invariants.invariants.length, fhirPathInvariantTable.length);
  const keys = fhirPathInvariantTable.map((i) => i.key);
  assert.equal(new Set(keys).size, keys.length);
  for (const i of fhirPathInvariantTable) {
    assert.match(i.key, /^([a-z]{3}-\d+|ba-[a-z]+-\d)$/, i.key);
    assert.match(i.human, /^(must|should) /, i.key);
    assert.match(i.obligation, /^[A-Z]+-\d{2}/, i.key);
  }
  assert.throws(() => createFhirPathInvariants([{ ...fhirPathInvariantTable[0]!, expression: 'contained.(' }]));
});

test('the catalogue reference payloads satisfy every invariant', () => {
  for (const name of ['searchset-bundle', 'booking-request', 'slot-taken-outcome', 'capability-statement'] as const) {
    assert.deepEqual(run(loadCatalogueExample(name)), [], name);
  }
});

test('a Schedule with two HealthcareService actors breaks SLOT-23 / C-13', () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  bundle.entry[2].resource.actor.push({ reference: 'HealthcareService/hcs-ooh' });
  const messages = invariants.evaluate(bundle);
  assert.deepEqual(messages.map((m) => [m.path, m.rule, m.severity, m.obligation, m.source]), [
    ['Bundle/entry/2/resource/actor', 'ba-sch-1', 'error', 'SLOT-23, C-13', 'fhirpath'],
  ]);
  assert.equal(messages[0]?.message, 'Bundle/entry/2/resource/actor must have exactly one HealthcareService actor (ba-sch-1)');
});

test('Schedule actors: none for the service, absolute references, two Practitioners', () => {
  const schedule = loadCatalogueExample('searchset-bundle').entry[2].resource;
  assert.deepEqual(run({ ...schedule, actor: [{ reference: 'Location/loc-riverside' }] }), [
    ['error', 'Schedule/actor must have exactly one HealthcareService actor (ba-sch-1)'],
  ]);
  assert.deepEqual(run({ ...schedule, actor: [{ reference: 'https://provider.example.nhs.uk/HealthcareService/hcs-utc' }] }), []);
  assert.deepEqual(run({ ...schedule, actor: [...schedule.actor, { reference: 'Practitioner/p2' }] }), [
    ['error', 'Schedule/actor must have at most one Practitioner, one PractitionerRole and one Location actor (ba-sch-2)'],
  ]);
});

test('Slot start after end, and delivery channel codes', () => {
  const slot = loadCatalogueExample('searchset-bundle').entry[0].resource;
  assert.deepEqual(run({ ...slot, start: '2026-03-16T09:30:00Z' }), [['error', 'Slot/start must not be after end (ba-slot-1)']]);
  // Compared as instants (TIME-05): 10:00+01:00 is 09:00Z, before the 09:15Z end.
  assert.deepEqual(run({ ...slot, start: '2026-03-16T10:00:00+01:00' }), []);
  slot.extension[0].valueCode = 'Carrier-pigeon';
  assert.deepEqual(run(slot), [['error', 'Slot/extension must carry at most one delivery channel, coded In-person, Telephone or Video (ba-slot-2)']]);
});

test('booking references must resolve to the contained resources (BOOK-09..11, ref-1, dom-3)', () => {
  const booking = loadCatalogueExample('booking-request');
  booking.slot = [{ reference: '#doc1' }];
  booking.participant[0].actor.reference = '#nobody';
  assert.deepEqual(run(booking), [
    ['error', 'Appointment/contained must each be referenced from elsewhere in the resource (dom-3)'],
    ['error', 'Appointment must resolve every local reference "#id" to a contained resource (ref-1)'],
    ['error', 'Appointment/slot must reference the contained Slot (ba-app-1)'],
    ['error', 'Appointment/participant must have the contained Patient as actor (ba-app-3)'],
  ]);
});

test('app-2 / app-3: start and end together, and only proposed or cancelled may lack them', () => {
  const booking = loadCatalogueExample('booking-request');
  delete booking.end;
  assert.deepEqual(run(booking), [
    ['error', 'Appointment must have both start and end, or neither (app-2)'],
    ['error', 'Appointment must have start and end unless proposed or cancelled (app-3)'],
  ]);
});

test('contained ids are unique and contained resources carry no versionId (BOOK-05, dom-4)', () => {
  const booking = loadCatalogueExample('booking-request');
  booking.contained[2].id = 'pat1';
  booking.contained[2].meta.versionId = '3';
  booking.slot = [{ reference: '#pat1' }];
  assert.deepEqual(run(booking), [
    ['error', 'Appointment/contained must not carry meta.versionId or meta.lastUpdated (dom-4)'],
    ['error', 'Appointment/contained must have unique ids (ba-app-4)'],
  ]);
});

test('Patient: NHS number check digit, ranks, contact details, verification status', () => {
  const patientOf = () => loadCatalogueExample('booking-request').contained[1];
  const cases: [string, (p: Record<string, any>) => void, [string, string][]][] = [
    ['valid 9483726158', (p) => { p.identifier[0].value = '9483726158'; }, []],
    ['bad check digit 9483726159', (p) => { p.identifier[0].value = '9483726159'; }, [['error', 'Patient/identifier must carry a 10-digit NHS number with a valid Modulus 11 check digit (ba-pat-3)']]],
    ['nine digits', (p) => { p.identifier[0].value = '969111222'; }, [['error', 'Patient/identifier must carry a 10-digit NHS number with a valid Modulus 11 check digit (ba-pat-3)']]],
    ['two rank 1', (p) => { p.contact[0].telecom[0].rank = 1; }, [['error', 'Patient/telecom must have exactly one contact point (patient or contact) with rank 1 (ba-pat-1)']]],
    ['no rank 1', (p) => { p.telecom[0].rank = 3; }, [['error', 'Patient/telecom must have exactly one contact point (patient or contact) with rank 1 (ba-pat-1)']]],
    ['only contact telecom (PROF-14)', (p) => { delete p.telecom; p.contact[0].telecom[0].rank = 1; }, []],
    ['no contact details', (p) => { delete p.telecom; delete p.contact; }, [['error', 'Patient/telecom must record at least one set of contact details (telecom or contact.telecom) (ba-pat-2)']]],
    ['untraced', (p) => { p.identifier[0].extension[0].valueCodeableConcept.coding[0].code = '02'; }, [['warning', 'Patient/identifier should carry a traced NHS number (verification status 01) (ba-pat-5)']]],
  ];
  for (const [name, mutate, expected] of cases) {
    const patient = patientOf();
    mutate(patient);
    assert.deepEqual(run(patient), expected, name);
  }
});

test('Bundle integrity: fullUrl agrees with the resource, unique entries, total counts Slots', () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  bundle.entry[3].fullUrl = 'https://provider.example.nhs.uk/STU3/1/careconnect/booking/HealthcareService/hcs-ooh';
  bundle.entry.push(structuredClone(bundle.entry[4]));
  bundle.total = 8;
  assert.deepEqual(run(bundle), [
    ['error', 'Bundle/entry must have unique fullUrls (unless versions differ) (bdl-7)'],
    ['warning', 'Bundle/entry should include each resource once only (ba-bdl-1)'],
    ['warning', 'Bundle/total should equal the number of matching Slots (ba-bdl-2)'],
    ['error', 'Bundle/entry must have a fullUrl that agrees with the resource type and id (ba-bdl-3)'],
  ]);
});

test('OperationOutcome details systems (C-12)', () => {
  const outcome = loadCatalogueExample('slot-taken-outcome');
  outcome.issue[0].details.coding[0].system = 'https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1';
  assert.deepEqual(run(outcome), []);
  outcome.issue[0].details.coding[0].system = 'https://example.org/errors';
  assert.deepEqual(invariants.evaluate(outcome).map((m) => [m.rule, m.obligation]), [['ba-oo-1', 'C-12']]);
});

test('CapabilityStatement: the NBA template shortcomings are warnings (CAP-05, CAP-07, CAP-11)', () => {
  const cs = loadCatalogueExample('capability-statement');
  cs.publisher = '[Your organisation]';
  cs.rest[0].resource[1].interaction = [{ code: 'read' }, { code: 'create' }];
  delete cs.rest[0].documentation;
  cs.profile.pop();
  assert.deepEqual(run(cs), [
    ['warning', 'CapabilityStatement should replace every [...] template placeholder (ba-cap-1)'],
    ['warning', 'CapabilityStatement/rest should declare Appointment update and vread (cancel and history use them) (ba-cap-4)'],
    ['warning', 'CapabilityStatement/profile should list the ten CareConnect profiles (ba-cap-5)'],
    ['warning', 'CapabilityStatement/rest should document how transactional integrity is handled (ba-cap-6)'],
  ]);
  assert.deepEqual(run({ ...loadCatalogueExample('capability-statement'), kind: 'instance' }), [
    ['error', 'CapabilityStatement must have implementation when kind is instance (cpb-14)'],
  ]);
  const { software: _software, ...noSoftware } = loadCatalogueExample('capability-statement');
  assert.deepEqual(run(noSoftware), [
    ['error', 'CapabilityStatement must have software and no implementation when kind is capability (cpb-15)'],
  ]);
});

test('an extension with both a value and nested extensions breaks ext-1', () => {
  const slot = loadCatalogueExample('searchset-bundle').entry[0].resource;
  slot.extension[0].extension = [{ url: 'https://example.org/x', valueString: 'y' }];
  assert.deepEqual(run(slot), [['error', 'Slot must give every extension either a value or nested extensions, not both (ext-1)']]);
});

test('non-resources are not evaluated', () => {
  assert.deepEqual(invariants.evaluate('text'), []);
  assert.deepEqual(invariants.evaluate({ id: 'x' }), []);
});
