import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideScenarioVerdict } from './decide-scenario-verdict.ts';
import type { VerdictRecord } from '../verdict/verdict.ts';

const record = (verdict: VerdictRecord['verdict'], code: string): VerdictRecord => ({ verdict, code, message: `${code} happened`, obligations: [] });

describe('decideScenarioVerdict', () => {
  const table: readonly [string, readonly string[] | undefined, readonly VerdictRecord[], string, string | undefined][] = [
    ['all passed', ['PASSED', 'PASSED'], [], 'pass', undefined],
    ['filtered out', undefined, [], 'not-run', 'not selected for this run'],
    ['a conformance failure', ['PASSED', 'FAILED', 'SKIPPED'], [record('fail', 'STATUS_MISMATCH')], 'fail', 'STATUS_MISMATCH: STATUS_MISMATCH happened'],
    ['a network problem', ['PASSED', 'PENDING'], [record('inconclusive', 'INCONCLUSIVE_TIMEOUT')], 'inconclusive', 'INCONCLUSIVE_TIMEOUT: INCONCLUSIVE_TIMEOUT happened'],
    ['missing target data', ['SKIPPED', 'SKIPPED'], [record('skipped', 'SKIPPED_TARGET_DATA')], 'skipped', 'SKIPPED_TARGET_DATA: SKIPPED_TARGET_DATA happened'],
    ['an undefined step', ['PASSED', 'UNDEFINED'], [], 'inconclusive', 'HARNESS_UNDEFINED_STEP: a step has no (or more than one) definition'],
    ['a hook failure without a record', ['PASSED', 'FAILED'], [], 'inconclusive', 'HARNESS_ERROR: a step or hook failed without a verdict record'],
    ['a failure wins over an inconclusive after-hook', ['FAILED', 'FAILED'], [record('fail', 'X'), record('inconclusive', 'HARNESS_ERROR')], 'fail', 'X: X happened'],
  ];
  for (const [name, statuses, records, verdict, reason] of table) {
    it(name, () => {
      const decided = decideScenarioVerdict(statuses, records);
      assert.equal(decided.verdict, verdict);
      assert.equal(decided.reason, reason);
    });
  }
});
