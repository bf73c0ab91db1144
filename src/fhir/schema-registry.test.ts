import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalogueExample } from './catalogue-examples.ts';
import { createSchemaRegistry, schemaIdFor, schemaKinds } from './schema-registry.ts';
import type { SchemaKind } from './schema-registry.ts';
import type { ValidationResult } from './validation-result.ts';

const registry = createSchemaRegistry();
const errorsOf = (r: ValidationResult) => r.errors.map((m) => m.message);
const warningsOf = (r: ValidationResult) => r.warnings.map((m) => m.message);
const CC_SLOT = 'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1';

const slot = () => loadCatalogueExample('searchset-bundle').entry[0].resource;
const booking = () => loadCatalogueExample('booking-request');

test('compiles every schema file exactly once, at creation', () => {
  assert.equal(registry.schemaIds.length, 16);
  assert.equal(registry.compileCount(), registry.schemaIds.length);
  const first = registry.getSchema(schemaIdFor('Slot'));
  for (let i = 0; i < 20; i += 1) registry.validate('Bundle', loadCatalogueExample('searchset-bundle'));
  assert.equal(registry.compileCount(), registry.schemaIds.length);
  assert.ok(first);
  assert.equal(registry.getSchema(schemaIdFor('Slot')), first);
  for (const kind of schemaKinds) assert.equal(typeof registry.getSchema(schemaIdFor(kind)), 'function', kind);
});

test('the catalogue reference payloads are valid, with no warnings', () => {
  const cases: [Parameters<typeof loadCatalogueExample>[0], SchemaKind][] = [
    ['searchset-bundle', 'Bundle'],
    ['booking-request', 'AppointmentCreateRequest'],
    ['booking-request', 'Appointment'],
    ['slot-taken-outcome', 'OperationOutcome'],
    ['capability-statement', 'CapabilityStatement'],
  ];
  for (const [name, kind] of cases) {
    assert.deepEqual(registry.validate(kind, loadCatalogueExample(name)), { valid: true, errors: [], warnings: [] }, `${name} as ${kind}`);
  }
});

test('the stored Appointment (id, versionId) is valid but is not a create request', () => {
  const stored = { ...booking(), id: '8d1c5a37-2f0e-4b8e-9a41-6c3b7f02d915', meta: { ...booking().meta, versionId: '1' } };
  assert.equal(registry.validate('Appointment', stored).valid, true);
  assert.deepEqual(errorsOf(registry.validate('AppointmentCreateRequest', stored)), [
    'Appointment/id must not be sent on create: the provider assigns the id',
  ]);
  assert.equal(registry.validate('AppointmentCreateRequest', stored).errors[0]?.obligation, 'BOOK-02');
});

test('a Slot identifier sent as an object, not an array (PROF-03, NBA example)', () => {
  const s = { ...slot(), identifier: { system: 'https://tools.ietf.org/html/rfc4122', value: 'e02b7989-9b4d-4723-b96b-36a01eea7fb0' } };
  const result = registry.validate('Slot', s);
  assert.deepEqual(errorsOf(result), ['Slot/identifier must be an array']);
  assert.equal(result.errors[0]?.path, 'Slot/identifier');
  assert.equal(result.errors[0]?.rule, 'type');
});

test('Slot rules: status, zone, identifier, schedule reference, profile, empty array', () => {
  const cases: [string, Record<string, unknown>, string[], string][] = [
    ['status maybe', { status: 'maybe' }, ['Slot/status must be one of free, busy'], 'SLOT-14'],
    ['start without zone', { start: '2026-03-16T09:00:00' }, ['Slot/start must be a FHIR instant: YYYY-MM-DDThh:mm:ss[.sss] with Z or an offset ±hh:mm'], 'TIME-01'],
    ['UEC malformed instant', { end: '201502-07T13:28:17.239+02:00' }, ['Slot/end must be a FHIR instant: YYYY-MM-DDThh:mm:ss[.sss] with Z or an offset ±hh:mm'], 'TIME-01'],
    ['two identifiers', { identifier: [slot().identifier[0], slot().identifier[0]] }, ['Slot/identifier must have exactly 1 item'], 'SLOT-32'],
    ['identifier not a UUID', { identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: 'slot-0900' }] }, ['Slot/identifier/0/value must be an RFC 4122 UUID (8-4-4-4-12 hexadecimal digits)'], 'SLOT-32'],
    ['identifier system', { identifier: [{ system: 'urn:x', value: 'e02b7989-9b4d-4723-b96b-36a01eea7fb0' }] }, ['Slot/identifier/0/system must be https://tools.ietf.org/html/rfc4122'], 'SLOT-32'],
    ['absolute schedule', { schedule: { reference: 'https://x.example/Schedule/sch-gp-1' } }, ['Slot/schedule/reference must be a relative reference Schedule/<id>'], 'SLOT-32'],
    ['wrong profile', { meta: { profile: ['http://hl7.org/fhir/StructureDefinition/Slot'] } }, [`Slot/meta/profile must contain ${CC_SLOT}`], 'PROF-01'],
    ['empty array', { serviceType: [] }, ['Slot/serviceType must not be an empty array'], 'PROF-03'],
    ['empty object', { appointmentType: {} }, ['Slot/appointmentType must not be an empty object'], 'PROF-03'],
    ['empty string', { comment: '' }, ['Slot/comment must be a non-empty string (FHIR JSON has no empty or blank strings)'], 'PROF-03'],
  ];
  for (const [name, patch, expected, obligation] of cases) {
    const result = registry.validate('Slot', { ...slot(), ...patch });
    assert.deepEqual(errorsOf(result), expected, name);
    assert.equal(result.errors[0]?.obligation, obligation, name);
  }
});

test('a missing required element names the element itself', () => {
  const { status: _status, ...noStatus } = slot();
  const result = registry.validate('Slot', noStatus);
  assert.deepEqual(result.errors.map((m) => [m.path, m.rule, m.message]), [['Slot/status', 'required', 'Slot/status is required']]);
});

test('unknown elements are warnings, not errors (HTTP-16)', () => {
  const result = registry.validate('Slot', { ...slot(), foo: 'bar', meta: { ...slot().meta, colour: 'red' } });
  assert.equal(result.valid, true);
  assert.deepEqual(warningsOf(result), [
    'Slot/foo is not an element of Slot in FHIR STU3 (unknown elements are ignored)',
    'Slot/meta/colour is not an element of Meta in FHIR STU3 (unknown elements are ignored)',
  ]);
  assert.deepEqual(result.warnings.map((m) => [m.severity, m.rule, m.obligation]), [
    ['warning', 'additionalProperties', 'HTTP-16'],
    ['warning', 'additionalProperties', 'HTTP-16'],
  ]);
});

test('extensions and primitive extensions are allowed; a non-UTC time is a SHOULD warning', () => {
  const s = {
    ...slot(),
    extension: [{ url: 'https://example.org/x', valueString: 'y' }],
    _status: { extension: [{ url: 'https://example.org/y', valueBoolean: true }] },
    start: '2026-03-16T10:00:00.000+01:00',
  };
  const result = registry.validate('Slot', s);
  assert.deepEqual(errorsOf(result), []);
  assert.deepEqual(result.warnings.map((m) => [m.message, m.obligation]), [['Slot/start should be in UTC (Z or +00:00)', 'TIME-02']]);
});

test('FHIR id: 64 characters is the limit', () => {
  const id64 = 'a'.repeat(62) + '.-';
  assert.equal(id64.length, 64);
  assert.equal(registry.validate('Slot', { ...slot(), id: id64 }).valid, true);
  assert.deepEqual(errorsOf(registry.validate('Slot', { ...slot(), id: `${id64}x` })), [
    'Slot/id must be a FHIR id: 1-64 characters from A-Z, a-z, 0-9, "-" and "."',
  ]);
  assert.deepEqual(errorsOf(registry.validate('Slot', { ...slot(), id: 'slot_0900' })), [
    'Slot/id must be a FHIR id: 1-64 characters from A-Z, a-z, 0-9, "-" and "."',
  ]);
});

test('Bundle entries are validated against their own schema, inside the Bundle path', () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  bundle.entry[1].resource.status = 'maybe';
  bundle.entry[2].resource.actor = [];
  bundle.entry[3].resource.identifier.push({ value: '2000481517' });
  const result = registry.validate('Bundle', bundle);
  assert.deepEqual(errorsOf(result), [
    'Bundle/entry/1/resource/status must be one of free, busy',
    'Bundle/entry/2/resource/actor must not be an empty array',
    'Bundle/entry/3/resource/identifier must have exactly 1 item',
  ]);
  assert.deepEqual(result.errors.map((m) => m.obligation), ['SLOT-14', 'PROF-03', 'PROF-16']);
});

test('Bundle shape: searchset only, absolute fullUrl, SHOULD-level total and self link', () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  bundle.type = 'collection';
  bundle.entry[0].fullUrl = 'Slot/slot-0900';
  delete bundle.total;
  bundle.link = [{ relation: 'next', url: 'https://provider.example.nhs.uk/p2' }];
  const result = registry.validate('Bundle', bundle);
  assert.deepEqual(errorsOf(result), ['Bundle/entry/0/fullUrl must be an absolute URL', 'Bundle/type must be searchset']);
  assert.deepEqual(warningsOf(result), ['Bundle/link should contain a link with relation self', 'Bundle/total should be present']);
  assert.deepEqual(result.warnings.map((m) => m.obligation), ['SLOT-25', 'SLOT-30']);
});

test('Schedule and HealthcareService cardinalities (2.13)', () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  const schedule = bundle.entry[2].resource;
  const service = bundle.entry[3].resource;
  const actors = [...schedule.actor, { reference: 'Location/loc-riverside' }, { reference: 'PractitionerRole/r1' }];
  assert.deepEqual(errorsOf(registry.validate('Schedule', { ...schedule, actor: actors })), ['Schedule/actor must have at most 3 items']);
  const { identifier: _identifier, id: _id, ...bare } = schedule;
  assert.deepEqual(errorsOf(registry.validate('Schedule', bare)), ['Schedule/id is required', 'Schedule/identifier is required']);
  assert.deepEqual(errorsOf(registry.validate('Schedule', { ...schedule, actor: [{ display: 'Dr Okafor' }] })), ['Schedule/actor/0/reference is required']);
  const twoLocations = { ...service, location: [...service.location, { reference: 'Location/other' }] };
  assert.deepEqual(errorsOf(registry.validate('HealthcareService', twoLocations)), ['HealthcareService/location must have at most 1 item']);
  assert.deepEqual(errorsOf(registry.validate('HealthcareService', { ...service, identifier: [{ system: 'https://x' }] })), ['HealthcareService/identifier/0/value is required']);
});

test('an entry of a type with no schema is a warning', () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  bundle.entry.push({ fullUrl: 'https://provider.example.nhs.uk/Device/d1', resource: { resourceType: 'Device', id: 'd1' }, search: { mode: 'include' } });
  assert.deepEqual(warningsOf(registry.validate('Bundle', bundle)), [
    'Bundle/entry/6/resource/resourceType Device has no schema here: only its presence was checked',
  ]);
});

test('booking overrides: contained, references, Patient demographics and contacts', () => {
  const cases: [string, (a: Record<string, any>) => void, string[]][] = [
    ['two contained', (a) => a.contained.pop(), ['Appointment/contained must contain exactly one Slot', 'Appointment/contained must have exactly 3 items']],
    ['two Patient names', (a) => a.contained[1].name.push({ family: 'Smith', given: ['Jo'] }), ['Appointment/contained/1/name must have exactly 1 item']],
    ['no description', (a) => delete a.description, ['Appointment/description is required']],
    ['status pending', (a) => { a.status = 'pending'; }, ['Appointment/status must be one of booked, cancelled, entered-in-error', 'Appointment/status must be booked']],
    ['literal slot reference', (a) => { a.slot = [{ reference: 'Slot/slot-0900' }]; }, ['Appointment/slot/0/reference must be a local reference "#<id>" to the contained Slot']],
    ['participant status missing (C-20)', (a) => delete a.participant[0].status, ['Appointment/participant/0/status is required']],
    ['telecom without rank', (a) => delete a.contained[1].telecom[0].rank, ['Appointment/contained/1/telecom/0/rank is required']],
    ['contact without relationship', (a) => delete a.contained[1].contact[0].relationship, ['Appointment/contained/1/contact/0/relationship is required']],
    ['non-NHS identifier', (a) => { a.contained[1].identifier[0].system = 'https://example.org/mrn'; }, ['Appointment/contained/1/identifier/0/system must be https://fhir.nhs.uk/Id/nhs-number: a Patient identifier is sent only for an NHS number']],
    ['address without postcode', (a) => delete a.contained[1].address[0].postalCode, ['Appointment/contained/1/address/0/postalCode is required']],
    ['DocumentReference status', (a) => { a.contained[0].status = 'superseded'; }, ['Appointment/contained/0/status must be current']],
    ['contained Slot status', (a) => { a.contained[2].status = 'busy-tentative'; }, ['Appointment/contained/2/status must be one of free, busy']],
  ];
  for (const [name, mutate, expected] of cases) {
    const appointment = booking();
    mutate(appointment);
    assert.deepEqual(errorsOf(registry.validate('AppointmentCreateRequest', appointment)), expected, name);
  }
});

test('OperationOutcome: issue and id are required (ERR-01, ERR-02); diagnostics is a SHOULD (ERR-03)', () => {
  const { issue: _issue, ...noIssue } = loadCatalogueExample('slot-taken-outcome');
  assert.deepEqual(errorsOf(registry.validate('OperationOutcome', noIssue)), ['OperationOutcome/issue is required']);
  const outcome = loadCatalogueExample('slot-taken-outcome');
  delete outcome.id;
  delete outcome.issue[0].diagnostics;
  outcome.issue[0].severity = 'bad';
  const result = registry.validate('OperationOutcome', outcome);
  assert.deepEqual(errorsOf(result), ['OperationOutcome/id is required', 'OperationOutcome/issue/0/severity must be one of fatal, error, warning, information']);
  assert.deepEqual(warningsOf(result), ['OperationOutcome/issue/0/diagnostics should be present']);
});

test('CapabilityStatement: acceptUnknown both and JSON format are MUST; template values are SHOULD', () => {
  const cs = loadCatalogueExample('capability-statement');
  cs.acceptUnknown = 'no';
  cs.format = ['application/fhir+xml'];
  cs.fhirVersion = '3.0.2';
  cs.rest[0].operation = [];
  const result = registry.validate('CapabilityStatement', cs);
  assert.deepEqual(errorsOf(result), [
    'CapabilityStatement/acceptUnknown must be both',
    'CapabilityStatement/format must include application/fhir+json',
    'CapabilityStatement/rest/0/operation must not be an empty array',
  ]);
  assert.deepEqual(result.errors.map((m) => m.obligation), ['CAP-03', 'CAP-04', 'PROF-03']);
  assert.deepEqual(warningsOf(result), ['CapabilityStatement/fhirVersion should be 3.0.1']);
});

test('a value of the wrong JSON type at the root is one error', () => {
  assert.deepEqual(errorsOf(registry.validate('Slot', 'not json object')), ['Slot must be an object']);
});
