import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideScenarioVerdict, type StepOutcome } from './decide-scenario-verdict.ts';
import type { RecordEvidence } from '../assurance-report/report-model.ts';

const passed: StepOutcome = { text: 'the consumer searches for slots', status: 'PASSED' };
const failRecord: RecordEvidence = { verdict: 'fail', code: 'STATUS_MISMATCH', message: 'an expired token was accepted', obligations: ['JWT-11'], expected: [403], actual: 200, exchangeId: 'x-1' };
const harnessRecord: RecordEvidence = { verdict: 'inconclusive', code: 'HARNESS_UNASSERTED_EXCHANGE', message: 'nobody asserted on x-3', obligations: [] };
const skipRecord: RecordEvidence = { verdict: 'skipped', code: 'SKIPPED_TARGET_DATA', message: 'the target declares no services.withoutSlots', obligations: [] };

describe('decideScenarioVerdict', () => {
  const table: readonly [string, readonly StepOutcome[], readonly RecordEvidence[], string, string | undefined, string | undefined][] = [
    ['every step passed', [passed, passed], [], 'pass', undefined, undefined],
    ['a conformance failure', [passed, { text: 'the status is 403', status: 'FAILED', message: 'boom' }], [failRecord], 'fail', 'STATUS_MISMATCH', 'an expired token was accepted'],
    ['a failure beats a later harness defect', [{ text: 'x', status: 'FAILED' }, { text: 'After hook', status: 'FAILED' }], [failRecord, harnessRecord], 'fail', 'STATUS_MISMATCH', 'an expired token was accepted'],
    ['our own defect fails cucumber but not the supplier', [{ text: 'After hook', status: 'FAILED' }], [harnessRecord], 'inconclusive', 'HARNESS_UNASSERTED_EXCHANGE', 'nobody asserted on x-3'],
    ['a failed step without a record', [{ text: 'x', status: 'FAILED', message: 'TypeError: y is undefined\n    at z' }], [], 'inconclusive', 'HARNESS_ERROR', 'TypeError: y is undefined'],
    ['an undefined step', [{ text: 'a step nobody wrote', status: 'UNDEFINED' }], [], 'inconclusive', 'HARNESS_UNDEFINED_STEP', 'no step definition matches "a step nobody wrote"'],
    ['an ambiguous step', [{ text: 'two match', status: 'AMBIGUOUS' }], [], 'inconclusive', 'HARNESS_ERROR', 'several step definitions match "two match"'],
    ['a pending step without a record', [{ text: 'later', status: 'PENDING' }], [], 'inconclusive', 'INCONCLUSIVE_PRECONDITION', '"later" is pending'],
    ['a skip record', [{ text: 'a service without slots', status: 'SKIPPED' }], [skipRecord], 'skipped', 'SKIPPED_TARGET_DATA', 'the target declares no services.withoutSlots'],
    ['skipped steps without a record', [{ text: 'a', status: 'SKIPPED' }], [], 'skipped', 'SKIPPED_NOT_RUN', '"a" was skipped'],
    ['no steps at all', [], [], 'skipped', 'SKIPPED_NOT_RUN', 'the scenario has no steps'],
  ];
  for (const [name, steps, records, verdict, code, message] of table) {
    it(`decides ${name}`, () => {
      const decision = decideScenarioVerdict(steps, records);
      assert.equal(decision.verdict, verdict);
      assert.equal(decision.reason?.code, code);
      assert.equal(decision.reason?.message, message);
    });
  }
});
