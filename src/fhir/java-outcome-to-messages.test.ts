import { test } from 'node:test';
import assert from 'node:assert/strict';
import { javaOutcomeToMessages, toSlashPath } from './java-outcome-to-messages.ts';

test('validator locations become slash paths', () => {
  const cases: [string, string][] = [
    ['Bundle.entry[3].resource/*Slot/slot-0900*/.status', 'Bundle/entry/3/resource/status'],
    ['Appointment.contained[1]/*Patient/pat1*/.telecom[0].rank', 'Appointment/contained/1/telecom/0/rank'],
    ['Slot', 'Slot'],
  ];
  for (const [input, expected] of cases) assert.equal(toSlashPath(input), expected, input);
});

test('error, fatal and warning issues become messages; information is dropped', () => {
  const outcome = {
    resourceType: 'OperationOutcome',
    issue: [
      { severity: 'error', code: 'code-invalid', diagnostics: 'The value provided (\'maybe\') is not in the value set', expression: ['Slot.status'],
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/operationoutcome-message-id', valueString: 'Terminology_TX_NoValid_17' }] },
      { severity: 'fatal', code: 'structure', details: { text: 'Unable to parse' } },
      { severity: 'warning', code: 'informational', diagnostics: 'Best practice', location: ['Slot.meta'] },
      { severity: 'information', code: 'informational', diagnostics: 'All OK' },
    ],
  };
  assert.deepEqual(javaOutcomeToMessages(outcome, 'Slot'), [
    { path: 'Slot/status', rule: 'Terminology_TX_NoValid_17', message: 'Slot/status The value provided (\'maybe\') is not in the value set', severity: 'error', source: 'java-validator' },
    { path: 'Slot', rule: 'structure', message: 'Slot Unable to parse', severity: 'error', source: 'java-validator' },
    { path: 'Slot/meta', rule: 'informational', message: 'Slot/meta Best practice', severity: 'warning', source: 'java-validator' },
  ]);
  assert.deepEqual(javaOutcomeToMessages({ resourceType: 'Bundle' }, 'Slot'), []);
  assert.deepEqual(javaOutcomeToMessages(null, 'Slot'), []);
});
