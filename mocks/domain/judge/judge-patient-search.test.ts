import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePatientSearch } from './judge-patient-search.ts';

test('REG-01: the patient criterion of a patient appointment search', () => {
  const rows: [[string, string][], string, string][] = [
    [[['Appointment.participant.actor:Patient.identifier', 'https://fhir.nhs.uk/Id/nhs-number|9691112221']], 'pass', 'patient named by Appointment.participant.actor:Patient.identifier'],
    [[['Patient', 'https://demographics.spineservices.nhs.uk/9691112221'], ['_format', 'xml']], 'pass', 'patient named by Patient'],
    [[['identifier', 'https://fhir.nhs.uk/Id/nhs-number|9691112221'], ['colour', 'blue']], 'pass', 'patient named by identifier'],
    [[['patient.identifier', '9691112221']], 'fail', 'An Appointment search needs the patient, as one of Patient, Appointment.participant.actor:Patient.identifier, Appointment.participant.actor, identifier (REG-01)'],
    [[['identifier', '9483726159']], 'fail', '9483726159 is not a valid NHS number (REG-06)'],
  ];
  for (const [params, outcome, message] of rows) {
    const found = judgePatientSearch({ params });
    assert.deepEqual([found.obligation, found.outcome, found.message], ['REG-01', outcome, message], JSON.stringify(params));
  }
});
