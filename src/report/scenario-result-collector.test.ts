import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Envelope } from '@cucumber/messages';
import { buildCoverage } from './build-coverage.ts';
import { decideExitCode } from '../run-model/decide-exit-code.ts';
import { inconclusiveAsSkipped } from './junit-formatter.ts';
import type { ObligationRow } from './parse-obligations-catalogue.ts';
import { renderCoverageMarkdown } from './render-coverage-markdown.ts';
import { ScenarioResultCollector } from './scenario-result-collector.ts';

const pickle = (id: string, name: string, tags: string[], line: number): Envelope => ({
  pickle: { id, uri: 'features/provider/x.feature', location: { line }, name, language: 'en', steps: [], tags: tags.map((t) => ({ name: t, astNodeId: 'n' })), astNodeIds: [] },
}) as unknown as Envelope;

function attempt(pickleId: string, run: string, statuses: string[], verdict?: Record<string, unknown>, willBeRetried = false): Envelope[] {
  return [
    { testCase: { id: `tc-${run}`, pickleId, testSteps: [], testRunStartedId: 'r' } },
    { testCaseStarted: { id: run, testCaseId: `tc-${run}`, attempt: 0, timestamp: { seconds: 0, nanos: 0 } } },
    { attachment: { testCaseStartedId: run, testStepId: 's0', fileName: 'exchange-x1.json', mediaType: 'application/json', contentEncoding: 'IDENTITY', body: '{}' } },
    // As cucumber emits them: a step's attachments come before the step finishes.
    ...(verdict ? [{ attachment: { testCaseStartedId: run, testStepId: `s${statuses.length - 1}`, fileName: 'assure-verdict.json', mediaType: 'application/json', contentEncoding: 'IDENTITY', body: JSON.stringify(verdict) } }] : []),
    ...statuses.map((status, i) => ({ testStepFinished: { testCaseStartedId: run, testStepId: `s${i}`, testStepResult: { status, duration: { seconds: 0, nanos: 0 } }, timestamp: { seconds: 0, nanos: 0 } } })),
    { testCaseFinished: { testCaseStartedId: run, willBeRetried, timestamp: { seconds: 0, nanos: 0 } } },
  ] as unknown as Envelope[];
}

function collect(envelopes: Envelope[]) {
  const collector = new ScenarioResultCollector();
  envelopes.forEach((e) => collector.update(e));
  return collector.results();
}

const FAIL = { verdict: 'fail', code: 'SLOT_STATUS', message: 'busy slot returned', obligations: ['SLOT-13'] };
const INCONCLUSIVE = { verdict: 'inconclusive', code: 'INCONCLUSIVE_TIMEOUT', message: 'no response within 5000 ms', obligations: [] };

describe('ScenarioResultCollector', () => {
  const results = collect([
    pickle('p1', 'status free', ['@area-slots', '@SLOT-13', '@must'], 5),
    pickle('p2', 'expired token', ['@JWT-11', '@must'], 9),
    pickle('p3', 'filtered out', ['@SLOT-29', '@should'], 12),
    ...attempt('p1', 'run-1', ['PASSED', 'FAILED'], FAIL),
    ...attempt('p2', 'run-2', ['PASSED', 'PENDING'], INCONCLUSIVE, true),
    ...attempt('p2', 'run-3', ['PASSED', 'PASSED']),
  ]);

  it('reads tags, obligations, level and verdict per scenario', () => {
    assert.deepEqual(results.map((r) => [r.name, r.obligations, r.level, r.verdict, r.exchanges]), [
      ['status free', ['SLOT-13'], 'must', 'fail', 1],
      ['expired token', ['JWT-11'], 'must', 'pass', 1],
      ['filtered out', ['SLOT-29'], 'should', 'not-run', 0],
    ]);
    assert.equal(results[0].reason, 'SLOT_STATUS: busy slot returned');
  });

  it('keeps only the final attempt of a retried scenario', () => {
    assert.deepEqual(results[1].records, []);
  });

  it('exits 1 on a failed MUST scenario', () => {
    assert.equal(decideExitCode(results), 1);
  });

  it('builds the coverage from the tags, with reasons for untested obligations', () => {
    const catalogue: ObligationRow[] = [
      { id: 'SLOT-13', actor: 'Provider', level: 'MUST', section: '2.2', title: 'Support searching by every status value.', source: '' },
      { id: 'JWT-11', actor: 'Provider', level: 'MUST', section: '2.3', title: 'Reject a token on or after its exp time.', source: '' },
      { id: 'SLOT-29', actor: 'Provider', level: 'SHOULD [contested]', section: '2.2', title: 'No slots, no resources.', source: '' },
      { id: 'SLOT-37', actor: 'Provider', level: 'MUST', section: '2.2', title: 'Answer a server failure with 500.', source: '' },
      { id: 'SLOT-09', actor: 'Provider', level: 'MUST', section: '2.2', title: 'Only bookable slots.', source: '' },
      { id: 'JWT-10', actor: 'Consumer', level: 'MUST', section: '2.3', title: 'exp = iat + 300.', source: '' },
    ];
    const coverage = buildCoverage(catalogue, results, { 'SLOT-09': 'deferred to booking' }, new Date('2026-03-16T09:00:00Z'));
    assert.deepEqual(coverage.obligations.map((o) => [o.id, o.verdict, o.untestedReason]), [
      ['SLOT-13', 'fail', undefined],
      ['JWT-11', 'pass', undefined],
      ['SLOT-29', 'not-run', undefined],
      ['SLOT-37', 'untested', undefined],
      ['SLOT-09', 'untested', 'deferred to booking'],
    ]);
    assert.deepEqual(coverage.unaccounted, ['SLOT-37']);
    assert.deepEqual(coverage.mustFailures, ['status free (features/provider/x.feature:5)']);
    assert.deepEqual(coverage.scenarioTotals, { pass: 1, fail: 1, inconclusive: 0, skipped: 0, 'not-run': 1 });
    const markdown = renderCoverageMarkdown(coverage);
    assert.match(markdown, /\*\*Provider MUSTs with neither a scenario nor a reason:\*\* SLOT-37/);
    assert.match(markdown, /\| SLOT-13 Support searching by every status value\. \| MUST \| \*\*FAIL\*\* \| status free \(\*\*FAIL\*\*: SLOT_STATUS: busy slot returned\) \|/);
  });

  it('exits 2 when only the suite itself misbehaved, 0 when only the network did', () => {
    const harness = collect([pickle('p', 'x', ['@must'], 1), ...attempt('p', 'r', ['UNDEFINED'])]);
    assert.equal(decideExitCode(harness), 2);
    const network = collect([pickle('p', 'x', ['@must'], 1), ...attempt('p', 'r', ['PENDING'], INCONCLUSIVE)]);
    assert.equal(decideExitCode(network), 0);
  });
});

describe('inconclusiveAsSkipped (JUnit)', () => {
  it('reports a pending step as skipped with the inconclusive reason', () => {
    const transform = inconclusiveAsSkipped();
    const envelopes = attempt('p', 'r', ['PASSED', 'PENDING'], INCONCLUSIVE).map(transform);
    const pending = envelopes.find((e) => e.testStepFinished?.testStepId === 's1')?.testStepFinished?.testStepResult;
    assert.deepEqual({ status: pending?.status, message: pending?.message }, { status: 'SKIPPED', message: 'INCONCLUSIVE INCONCLUSIVE_TIMEOUT: no response within 5000 ms' });
  });
  it('leaves failures alone', () => {
    const transform = inconclusiveAsSkipped();
    const failed = attempt('p', 'r', ['FAILED'], FAIL).map(transform).find((e) => e.testStepFinished)?.testStepFinished?.testStepResult;
    assert.equal(failed?.status, 'FAILED');
  });
});
