import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toConsumerCoverage } from './to-consumer-coverage.ts';
import { obligationIdsOf } from '../../spec/classify-level.ts';
import type { ScenarioOutcome, ScenarioVerdict } from '../run-model/scenario-outcome.ts';
import type { VerdictRecord } from '../verdict/verdict.ts';
import { renderConsumerReport } from './render-consumer-report.ts';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import { TEST_CONTEXT, wellBehavedRecording } from '../../mocks/fixtures/judge-test-recording.ts';

const scenario = (tags: string[], verdict: ScenarioVerdict, extra: Partial<ScenarioOutcome> = {}): ScenarioOutcome => ({
  id: tags.join(' '), anchor: 'a', name: tags.join(' '), feature: 'f', uri: 'features/consumer/x.feature', line: 1, tags, obligations: obligationIdsOf(tags), areas: [],
  level: tags.includes('@must') ? 'MUST' : 'SHOULD', verdict, records: [], warnings: [], steps: [], exchanges: [], attachments: [], scheduled: true, durationMs: 0, attempts: 1, ...extra,
});
const record = (verdict: VerdictRecord['verdict'], code: string, message: string, obligations: string[] = []): { reason: VerdictRecord } => ({ reason: { verdict, code, message, obligations } });
const warning = (message: string) => ({ warnings: [{ code: 'CONSUMER_OBLIGATION_WARNING', message, obligations: [] }] });
const row = (results: ScenarioOutcome[], id: string) => toConsumerCoverage(results).rows.find((r) => r.id === id);

test('an obligation takes the verdict of the scenarios tagged with it', () => {
  const results = [
    scenario(['@SSP-02', '@must', '@CAP-10'], 'fail', record('fail', 'CONSUMER_OBLIGATION_FAILED', '1 finding(s) break SSP-02: Ssp-TraceID header missing', ['SSP-02'])),
    scenario(['@SSP-02', '@must'], 'pass'),
    scenario(['@JWT-25', '@should'], 'pass', warning('#1: stale')),
    scenario(['@CAN-13', '@must'], 'skipped', record('skipped', 'SKIPPED_NOT_EXERCISED', 'not exercised: the recording has no cancel answered 409 or 412')),
    scenario(['@SLOT-02', '@must'], 'pass'),
    scenario(['@SLOT-03', '@must'], 'not-run', { scheduled: false }),
  ];
  assert.deepEqual([row(results, 'SSP-02')?.verdict, row(results, 'SSP-02')?.failures], ['fail', ['SSP-02 CONSUMER_OBLIGATION_FAILED: 1 finding(s) break SSP-02: Ssp-TraceID header missing']]);
  assert.equal(row(results, 'CAP-10')?.verdict, 'fail');
  assert.deepEqual([row(results, 'JWT-25')?.verdict, row(results, 'JWT-25')?.warnings], ['warn', ['#1: stale']]);
  assert.deepEqual([row(results, 'CAN-13')?.verdict, row(results, 'CAN-13')?.reasons], ['not-exercised', ['not exercised: the recording has no cancel answered 409 or 412']]);
  assert.equal(row(results, 'SLOT-02')?.verdict, 'pass');
  assert.equal(row(results, 'SLOT-03')?.verdict, 'no-scenario');
  const coverage = toConsumerCoverage(results);
  assert.deepEqual([coverage.verdict, coverage.mustFailures, coverage.harnessErrors], ['fail', ['SSP-02', 'CAP-10'], []]);
});

test('a scenario the suite could not decide is a harness error, not a consumer failure', () => {
  const results = [
    scenario(['@SLOT-02', '@must'], 'inconclusive', record('inconclusive', 'HARNESS_ERROR', 'cannot read the judgement')),
    scenario(['@SLOT-03', '@must'], 'inconclusive', record('inconclusive', 'HARNESS_UNDEFINED_STEP', 'no step definition matches "x"')),
  ];
  const coverage = toConsumerCoverage(results);
  assert.deepEqual([coverage.verdict, coverage.mustFailures], ['pass', []]);
  assert.deepEqual(coverage.harnessErrors, ['@SLOT-02 @must (HARNESS_ERROR: cannot read the judgement)', '@SLOT-03 @must (HARNESS_UNDEFINED_STEP: no step definition matches "x")']);
  assert.equal(row(results, 'SLOT-02')?.verdict, 'error');
});

test('the Markdown report gives the verdict, the sessions, the evidence and the lists of what was not judged', () => {
  const judgement = judgeRecording(wellBehavedRecording().map((e) => (e.seq === 2 ? { ...e, requestHeaders: { ...e.requestHeaders, 'ssp-traceid': 'x|y' } } : e)), TEST_CONTEXT);
  const coverage = toConsumerCoverage([
    scenario(['@SSP-02', '@must'], 'fail', record('fail', 'CONSUMER_OBLIGATION_FAILED', '…', ['SSP-02'])),
    scenario(['@CAN-13', '@must'], 'skipped', record('skipped', 'SKIPPED_NOT_EXERCISED', 'not exercised: the recording has no cancel answered 409 or 412')),
  ]);
  const markdown = renderConsumerReport({ coverage, judgement, recording: 'reports/consumer-traffic.har' });
  assert.ok(markdown.startsWith('# Consumer assurance verdict: FAIL\n'));
  assert.ok(markdown.includes('MUST obligations failed: SSP-02.'));
  assert.ok(markdown.includes('| ASID 928374650022 | 5 | #1–#5 | Y0X1A |'));
  assert.ok(markdown.includes('| SSP-02 Ssp-TraceID is a UUID, unique per request and never shared between patients | MUST | **FAIL** | #2: Ssp-TraceID "x\\|y" is not a UUID |'));
  assert.ok(markdown.includes('| CAN-13 a 409 or 412 answered by re-reading and retrying (bounded) | MUST | not exercised: the recording has no cancel answered 409 or 412 |'));
  assert.ok(markdown.includes('| DISC-05 show every returned slot unfiltered'));
  assert.ok(markdown.endsWith('## Requests not judged\n\nNone.\n'));
});
