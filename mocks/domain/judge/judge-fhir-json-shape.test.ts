import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeFhirJsonShape } from './judge-fhir-json-shape.ts';

test('PROF-03: arrays for repeating elements, nothing empty', () => {
  const table: [unknown, string][] = [
    [{ resourceType: 'Patient', name: [{ family: 'A', given: ['B'] }], contact: [{ name: { family: 'C' } }] }, 'Appointment is valid FHIR JSON in shape'],
    [{ resourceType: 'Patient', name: [{ family: 'A', given: 'B' }] }, 'Appointment.name[0].given must be an array'],
    [{ resourceType: 'Patient', name: { family: 'A' } }, 'Appointment.name must be an array'],
    [{ resourceType: 'Slot', identifier: { value: 'x' } }, 'Appointment.identifier must be an array'],
    [{ resourceType: 'Appointment', participant: [{ actor: { identifier: { value: 'single in a Reference' } } }] }, 'Appointment is valid FHIR JSON in shape'],
    [{ resourceType: 'Appointment', meta: { profile: 'x' } }, 'Appointment.meta.profile must be an array'],
    [{ resourceType: 'Appointment', reason: [] }, 'Appointment.reason is an empty array'],
    [{ resourceType: 'Appointment', meta: {} }, 'Appointment.meta is an empty object'],
    [{ resourceType: 'Appointment', description: '' }, 'Appointment.description is an empty string'],
  ];
  for (const [resource, message] of table) assert.equal(judgeFhirJsonShape(resource, 'Appointment').message, message);
});

test('PROF-03 lists at most five problems and counts the rest', () => {
  const found = judgeFhirJsonShape({ resourceType: 'Appointment', a: '', b: '', c: '', d: '', e: '', f: '', g: '' }, 'X');
  assert.equal(found.outcome, 'fail');
  assert.equal(found.message, 'X.a is an empty string; X.b is an empty string; X.c is an empty string; X.d is an empty string; X.e is an empty string (and 2 more)');
});
