import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';
import type { VerdictRecord } from '../../src/verdict/verdict.ts';
import { judgeFaultRun } from './judge-fault-run.ts';

function scenario(name: string, obligations: readonly string[], verdict: ScenarioOutcome['verdict'], record?: Omit<VerdictRecord, 'message'>): ScenarioOutcome {
  return {
    id: name, anchor: name, name, feature: 'f', uri: 'features/provider/x.feature', line: 1,
    tags: obligations.map((o) => `@${o}`), obligations, areas: [], level: 'MUST', verdict,
    ...(record ? { reason: { ...record, message: 'why' } } : {}),
    records: record ? [{ ...record, message: 'why' }] : [],
    warnings: [], steps: [], exchanges: [], attachments: [], scheduled: true, durationMs: 0, attempts: 1,
  };
}

const FAIL = (obligations: readonly string[], exchangeId: string | null = 'x-1'): Omit<VerdictRecord, 'message'> => ({ verdict: 'fail', code: 'C', obligations, ...(exchangeId ? { exchangeId } : {}) });

describe('judgeFaultRun', () => {
  it('catches an obligation on which one tagged scenario fails, naming it', () => {
    const judged = judgeFaultRun([scenario('a', ['SLOT-15'], 'pass'), scenario('b', ['SLOT-15'], 'fail', FAIL(['SLOT-15']))], ['SLOT-15']);
    assert.deepEqual(judged, { caughtOn: ['SLOT-15'], missedOn: [], problems: [], notes: [] });
  });

  it('misses an obligation whose scenarios pass, are inconclusive or did not run', () => {
    const judged = judgeFaultRun([
      scenario('a', ['SLOT-16', 'TIME-03'], 'pass'),
      scenario('b', ['SLOT-16'], 'inconclusive', { verdict: 'inconclusive', code: 'INCONCLUSIVE_PRECONDITION', obligations: [] }),
      scenario('c', ['TIME-04'], 'not-run'),
    ], ['SLOT-16', 'TIME-03', 'TIME-04']);
    assert.deepEqual(judged.caughtOn, []);
    assert.deepEqual(judged.missedOn, [
      { obligation: 'SLOT-16', reason: '1 pass, 1 inconclusive' },
      { obligation: 'TIME-03', reason: '1 pass' },
      { obligation: 'TIME-04', reason: 'no scenario ran' },
    ]);
    assert.deepEqual(judged.problems, []);
    assert.deepEqual(judged.notes, ['inconclusive: b: INCONCLUSIVE_PRECONDITION: why']);
  });

  it('notes a catch whose failures name another obligation', () => {
    const judged = judgeFaultRun([scenario('a', ['SLOT-01'], 'fail', FAIL(['SLOT-25']))], ['SLOT-01']);
    assert.deepEqual(judged.caughtOn, ['SLOT-01']);
    assert.deepEqual(judged.notes, ['SLOT-01 is caught, but its failures name SLOT-25']);
  });

  it('reports the suite blaming itself and a failure without its exchange as problems', () => {
    const judged = judgeFaultRun([
      scenario('a', ['HTTP-10'], 'inconclusive', { verdict: 'inconclusive', code: 'HARNESS_ERROR', obligations: [] }),
      scenario('b', ['HTTP-10'], 'fail', FAIL(['HTTP-10'], null)),
      scenario('c', ['HTTP-10'], 'inconclusive'),
    ], ['HTTP-10']);
    assert.deepEqual(judged.caughtOn, ['HTTP-10']);
    assert.deepEqual(judged.problems, [
      'the suite blamed itself: a: HARNESS_ERROR: why',
      'the suite blamed itself: c: no reason given',
      'a failure without its exchange: b: C: why',
    ]);
  });
});
