import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePatientAppointmentQuery } from './parse-patient-appointment-query.ts';

const NHS = '9691112221';
const STRICT = { unknownParamPolicy: 'ignore' } as const;

test('every published spelling of the patient criterion is accepted (REG-01, C-39)', () => {
  const rows: [string, string, string][] = [
    ['Patient', `https://demographics.spineservices.nhs.uk/${NHS}`, 'reference'],
    ['Patient', `Patient/${NHS}`, 'reference'],
    ['Patient', `https://fhir.nhs.uk/Id/nhs-number|${NHS}`, 'reference'],
    ['Appointment.participant.actor:Patient.identifier', `https://fhir.nhs.uk/Id/nhs-number|${NHS}`, 'actor-identifier'],
    ['Appointment.participant.actor:Patient.identifier', `|${NHS}`, 'actor-identifier'],
    ['Appointment.participant.actor', `https://fhir.nhs.uk/Id/nhs-number|${NHS}`, 'actor'],
    ['identifier', `https://fhir.nhs.uk/Id/nhs-number|${NHS}`, 'identifier'],
    ['identifier', NHS, 'identifier'],
  ];
  for (const [name, value, form] of rows) {
    assert.deepEqual(parsePatientAppointmentQuery([[name, value], ['_format', 'json']], STRICT), { ok: true, query: { nhsNumber: NHS, form } }, `${name}=${value}`);
  }
});

test('a missing, doubled, foreign or invalid criterion is a 400 naming the parameter (REG-06)', () => {
  const rows: [string, [string, string][], string, string][] = [
    ['none', [], 'Patient', 'An Appointment search needs the patient, as one of Patient, Appointment.participant.actor:Patient.identifier, Appointment.participant.actor, identifier (REG-01)'],
    ['two', [['Patient', `Patient/${NHS}`], ['identifier', NHS]], 'identifier', 'An Appointment search takes one patient criterion; Patient and identifier were sent (REG-01)'],
    ['other system', [['identifier', `https://example.org/mrn|${NHS}`]], 'identifier', `identifier=https://example.org/mrn|${NHS} does not name an NHS number; use https://fhir.nhs.uk/Id/nhs-number|<nhs number> (REG-01)`],
    ['bare reference', [['Patient', NHS]], 'Patient', `Patient=${NHS} does not name an NHS number; use https://fhir.nhs.uk/Id/nhs-number|<nhs number> or https://demographics.spineservices.nhs.uk/<nhs number> (REG-01)`],
    ['check digit', [['identifier', 'https://fhir.nhs.uk/Id/nhs-number|9483726159']], 'identifier', '9483726159 is not a valid NHS number (REG-06)'],
  ];
  for (const [label, params, name, diagnostics] of rows) {
    assert.deepEqual(parsePatientAppointmentQuery(params, STRICT), { ok: false, problem: { code: 'INVALID_PARAMETER', diagnostics, expression: [name] } }, label);
  }
});

test('unknown parameters are ignored, or refused when the provider rejects them (C-11)', () => {
  const params: [string, string][] = [['identifier', NHS], ['colour', 'blue']];
  assert.equal(parsePatientAppointmentQuery(params, STRICT).ok, true);
  assert.deepEqual(parsePatientAppointmentQuery(params, { unknownParamPolicy: 'reject' }), {
    ok: false,
    problem: { code: 'UNKNOWN_PARAMETER', diagnostics: 'Parameter colour is not supported on an Appointment search', expression: ['colour'] },
  });
});
