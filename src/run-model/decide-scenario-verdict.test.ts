import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideScenarioVerdict, type StepStatus } from './decide-scenario-verdict.ts';
import type { VerdictRecord } from '../verdict/verdict.ts';

const passed: StepStatus = { text: 'the consumer searches for slots', status: 'PASSED' };
const failRecord: VerdictRecord = { verdict: 'fail', code: 'STATUS_MISMATCH', message: 'an expired token was accepted', obligations: ['JWT-11'], expected: [403], actual: 200, exchangeId: 'x-1' };
const timeoutRecord: VerdictRecord = { verdict: 'inconclusive', code: 'INCONCLUSIVE_TIMEOUT', message: 'no response within 5000 ms', obligations: [] };
const harnessRecord: VerdictRecord = { verdict: 'inconclusive', code: 'HARNESS_UNASSERTED_EXCHANGE', message: 'nobody asserted on x-3', obligations: [] };
const skipRecord: VerdictRecord = { verdict: 'skipped', code: 'SKIPPED_TARGET_DATA', message: 'the target declares no services.withoutSlots', obligations: [] };

describe('decideScenarioVerdict', () => {
  const table: readonly [string, readonly StepStatus[] | undefined, readonly VerdictRecord[], string, string | undefined, string | undefined][] = [
    ['every step passed', [passed, passed], [], 'pass', undefined, undefined],
    ['a conformance failure', [passed, { text: 'the status is 403', status: 'FAILED', message: 'boom' }], [failRecord], 'fail', 'STATUS_MISMATCH', 'an expired token was accepted'],
    ['a failure beats a later harness defect', [{ text: 'x', status: 'FAILED' }, { text: 'After hook', status: 'FAILED' }], [failRecord, harnessRecord], 'fail', 'STATUS_MISMATCH', 'an expired token was accepted'],
    ['a network problem', [passed, { text: 'the search', status: 'PENDING' }], [timeoutRecord], 'inconclusive', 'INCONCLUSIVE_TIMEOUT', 'no response within 5000 ms'],
    ['our own defect fails cucumber but not the supplier', [{ text: 'After hook', status: 'FAILED' }], [harnessRecord], 'inconclusive', 'HARNESS_UNASSERTED_EXCHANGE', 'nobody asserted on x-3'],
    ['a failed step without a record', [{ text: 'x', status: 'FAILED', message: 'TypeError: y is undefined\n    at z' }], [], 'inconclusive', 'HARNESS_ERROR', 'TypeError: y is undefined'],
    ['an unknown status without a record', [{ text: 'x', status: 'UNKNOWN' }], [], 'inconclusive', 'HARNESS_ERROR', '"x" ended UNKNOWN'],
    ['an undefined step', [{ text: 'a step nobody wrote', status: 'UNDEFINED' }], [], 'inconclusive', 'HARNESS_UNDEFINED_STEP', 'no step definition matches "a step nobody wrote"'],
    ['an ambiguous step', [{ text: 'two match', status: 'AMBIGUOUS' }], [], 'inconclusive', 'HARNESS_ERROR', 'several step definitions match "two match"'],
    // Pinned: a bare "pending" is this suite's unfinished step (an InconclusiveError always attaches a record).
    ['a pending step without a record', [{ text: 'later', status: 'PENDING' }], [], 'inconclusive', 'HARNESS_PENDING_STEP', '"later" is pending without a verdict record'],
    ['a skip record', [{ text: 'a service without slots', status: 'SKIPPED' }], [skipRecord], 'skipped', 'SKIPPED_TARGET_DATA', 'the target declares no services.withoutSlots'],
    ['skipped steps without a record', [{ text: 'a', status: 'SKIPPED' }], [], 'skipped', 'SKIPPED_NOT_RUN', '"a" was skipped'],
    // Pinned: a scenario with no steps verifies nothing, so it cannot pass.
    ['no steps at all', [], [], 'skipped', 'SKIPPED_NO_STEPS', 'the scenario has no steps, so it verifies nothing'],
    ['no attempt, filtered out', undefined, [], 'not-run', 'SKIPPED_NOT_RUN', 'not selected for this run'],
  ];
  for (const [name, steps, records, verdict, code, message] of table) {
    it(`decides ${name}`, () => {
      const decision = decideScenarioVerdict(steps, records, name !== 'no attempt, filtered out');
      assert.deepEqual([decision.verdict, decision.reason?.code, decision.reason?.message], [verdict, code, message]);
    });
  }

  it('calls a selected scenario without a finished attempt unfinished', () => {
    assert.deepEqual(decideScenarioVerdict(undefined, [], true).reason?.code, 'SKIPPED_UNFINISHED');
  });
});
