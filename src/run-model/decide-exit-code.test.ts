import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { VerdictRecord } from '../verdict/verdict.ts';
import { decideExitCode } from './decide-exit-code.ts';
import type { LevelClass, ScenarioVerdict } from './scenario-outcome.ts';

const reason = (code: string): VerdictRecord => ({ verdict: 'inconclusive', code, message: code, obligations: [] });
const outcome = (level: LevelClass, verdict: ScenarioVerdict, code?: string, scheduled = true) => ({ level, verdict, scheduled, ...(code ? { reason: reason(code) } : {}) });
const pass = outcome('MUST', 'pass');
const unreachable = outcome('MUST', 'inconclusive', 'INCONCLUSIVE_NETWORK');

describe('decideExitCode', () => {
  const table: readonly [string, Parameters<typeof decideExitCode>[0], number][] = [
    ['every MUST passed', [pass, pass, outcome('SHOULD', 'fail')], 0],
    ['a MUST failed', [pass, outcome('MUST', 'fail'), outcome('MUST', 'inconclusive', 'HARNESS_ERROR')], 1],
    ['the suite misbehaved', [pass, outcome('SHOULD', 'inconclusive', 'HARNESS_PENDING_STEP')], 2],
    ['a few MUSTs inconclusive', [pass, pass, unreachable], 0],
    ['half the MUSTs inconclusive is not most', [pass, unreachable], 0],
    ['most MUSTs inconclusive (target unreachable)', [pass, unreachable, unreachable], 3],
    ['most MUSTs unfinished (run stopped)', [pass, outcome('MUST', 'not-run'), outcome('MUST', 'not-run')], 3],
    ['MUSTs the run did not select do not count', [pass, outcome('MUST', 'not-run', undefined, false), outcome('MUST', 'not-run', undefined, false)], 0],
    ['no MUST selected', [outcome('SHOULD', 'inconclusive', 'INCONCLUSIVE_NETWORK')], 0],
    ['skipped MUSTs are not missing verdicts', [pass, outcome('MUST', 'skipped'), outcome('MUST', 'skipped')], 0],
  ];
  for (const [name, outcomes, code] of table) it(`exits ${code} when ${name}`, () => assert.equal(decideExitCode(outcomes), code));
});
