import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidNhsNumber } from '../../mocks/domain/booking/is-valid-nhs-number.ts';
import { newTestNhsNumber, patientCriterionQuery, requirePatientSearchDeclared } from './patient-search.ts';

test('test NHS numbers are valid, in the 999 range, and skip draws with no check digit', () => {
  const draws = [0, 123456];
  const nhs = newTestNhsNumber(() => draws.shift() ?? 1);
  assert.ok(isValidNhsNumber(nhs));
  assert.match(nhs, /^999\d{7}$/);
  for (let i = 0; i < 50; i++) assert.ok(isValidNhsNumber(newTestNhsNumber()));
});

test('each published spelling of the patient criterion is encoded whole', () => {
  assert.equal(patientCriterionQuery('the NBA example query', '9691112221'), 'Appointment.participant.actor%3APatient.identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9691112221');
  assert.equal(patientCriterionQuery('the Patient reference', '9691112221'), 'Patient=https%3A%2F%2Fdemographics.spineservices.nhs.uk%2F9691112221');
  assert.equal(patientCriterionQuery('the capability identifier', '9691112221'), 'identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9691112221');
});

test('a statement without search-type on Appointment skips the patient search scenarios', () => {
  const statement = (codes: string[]) => ({ resourceType: 'CapabilityStatement', rest: [{ resource: [{ type: 'Appointment', interaction: codes.map((code) => ({ code })) }] }] });
  assert.doesNotThrow(() => requirePatientSearchDeclared(statement(['read', 'search-type'])));
  assert.throws(() => requirePatientSearchDeclared(statement(['read'])), { code: 'SKIPPED_NOT_DECLARED', reason: 'the CapabilityStatement does not declare the search-type interaction on Appointment (patient appointment search)' });
});
