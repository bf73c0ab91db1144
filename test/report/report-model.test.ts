import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildReportModel } from '../../src/assurance-report/build-report-model.ts';
import { parseMessagesNdjson } from '../../src/run-model/parse-messages-ndjson.ts';
import { buildRunEnvelopes, verdictAttachment } from './envelope-builder.ts';
import { HOSTILE_MARKUP, SAMPLE_CONTEXT, SAMPLE_COVERAGE, SAMPLE_INDEX, sampleEnvelopes } from './sample-run.ts';
import { readRunModel } from '../../src/run-model/read-run-model.ts';

const GENERATED_AT = new Date('2026-03-16T08:05:00Z');
const model = buildReportModel({ run: readRunModel(sampleEnvelopes(), SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, coverage: SAMPLE_COVERAGE, runContext: SAMPLE_CONTEXT, generatedAt: GENERATED_AT });

describe('buildReportModel', () => {
  it('orders scenarios failures first, then inconclusive, skipped and passed', () => {
    assert.deepEqual(
      model.scenarios.map((scenario) => [scenario.name, scenario.verdict, scenario.reason?.code]),
      [
        ['An unknown service is answered with 404', 'fail', 'STATUS_MISMATCH'],
        ['Every slot validates against CareConnect-Slot-1', 'fail', 'FHIR_INVALID'],
        ['A token issued just before expiry is accepted', 'inconclusive', 'INCONCLUSIVE_CLOCK_SKEW'],
        ['No slots gives an empty searchset', 'skipped', 'SKIPPED_TARGET_DATA'],
        ['A search returns only slots of schedules mapped to the service', 'pass', undefined],
      ],
    );
  });

  it('keeps the evidence of a failing scenario: exchanges, decoded token, expected and actual', () => {
    const failing = model.scenarios[0];
    assert.equal(failing.anchor, 'sc-slots-18');
    assert.deepEqual(failing.obligations, ['SLOT-10']);
    assert.deepEqual(failing.areas, ['SLOT']);
    assert.equal(failing.level, 'MUST');
    assert.deepEqual(failing.exchanges.map((exchange) => [exchange.id, exchange.request.method, exchange.response?.status]), [['x1-1', 'GET', 200], ['x1-2', 'GET', 500]]);
    assert.deepEqual((failing.exchanges[0].response?.body as { entry: { resource: { comment: string } }[] }).entry[0].resource.comment, HOSTILE_MARKUP);
    assert.deepEqual((failing.exchanges[0].token?.claims as { requested_scope: string }).requested_scope, 'organization/slot.read');
    assert.deepEqual(failing.reason, { verdict: 'fail', code: 'STATUS_MISMATCH', message: 'an unknown service id was answered with slots', obligations: ['SLOT-10'], expected: [404], actual: 200, exchangeId: 'x1-1' });
    assert.deepEqual(failing.steps.map((step) => [step.keyword, step.status]), [['Given', 'PASSED'], ['When', 'PASSED'], ['Then', 'FAILED']]);
    assert.equal(failing.durationMs, 20);
  });

  it('counts only the last attempt of a retried scenario, and says how many there were', () => {
    const retried = model.scenarios.find((scenario) => scenario.name === 'No slots gives an empty searchset');
    assert.equal(retried?.attempts, 2);
    assert.equal(retried?.verdict, 'skipped');
    assert.equal(retried?.level, 'SHOULD');
  });

  it('puts warnings apart from verdicts', () => {
    const passing = model.scenarios.at(-1);
    assert.deepEqual(passing?.warnings.map((warning) => warning.code), ['CAP_PLACEHOLDER']);
    assert.deepEqual(passing?.records, []);
    assert.equal(model.summary.warnings, 1);
  });

  it('lists every obligation of the index with its scenarios, SCAL ids and verdict', () => {
    assert.deepEqual(
      model.obligations.map((row) => [row.id, row.verdict, row.inScope, row.scal.join(' '), row.scenarios.length, row.note]),
      [
        ['CAP-05', 'untested', true, '', 0, 'No scenario verifies this obligation yet'],
        ['SLOT-02', 'untested', false, 'C30', 0, 'Consumer obligation: outside the scope of this suite'],
        ['SLOT-07', 'pass', true, '', 1, undefined],
        ['SLOT-10', 'fail', true, 'P10', 1, undefined],
        ['SLOT-29', 'skipped', true, '', 1, undefined],
        ['SLOT-32', 'fail', true, 'P14', 1, undefined],
        ['SLOT-37', 'untested', true, '', 0, 'Witness evidence only: a provider cannot be made to fail on demand'],
        ['JWT-13', 'inconclusive', true, '', 1, undefined],
        ['PROF-03', 'fail', true, 'P11 P12', 1, undefined],
        ['NFR-09', 'untested', true, '', 0, 'No scenario verifies this obligation yet'],
      ],
    );
  });

  it('takes untested reasons from the coverage file rows too', () => {
    const fromRows = buildReportModel({ run: readRunModel([], SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, coverage: { obligations: [{ id: 'CAP-05', untestedReason: 'deferred: booking' }, { id: 'SLOT-07' }] }, runContext: SAMPLE_CONTEXT, generatedAt: GENERATED_AT });
    assert.deepEqual(fromRows.obligations.slice(0, 3).map((row) => row.note), ['deferred: booking', 'Consumer obligation: outside the scope of this suite', 'No scenario verifies this obligation yet']);
  });

  it('counts scenarios and in-scope obligations by level and verdict, and per area', () => {
    assert.deepEqual(model.summary.scenarios.MUST, { fail: 2, inconclusive: 1, skipped: 0, 'not-run': 0, pass: 1 });
    assert.deepEqual(model.summary.scenarios.SHOULD, { fail: 0, inconclusive: 0, skipped: 1, 'not-run': 0, pass: 0 });
    assert.deepEqual(model.summary.obligations.MUST, { fail: 3, inconclusive: 1, skipped: 0, 'not-run': 0, untested: 2, pass: 1 });
    assert.deepEqual(model.summary.obligations.SHOULD, { fail: 0, inconclusive: 0, skipped: 1, 'not-run': 0, untested: 1, pass: 0 });
    assert.deepEqual(model.summary.areas.map((area) => [area.area, area.label, area.scenarios.fail, area.obligations.untested]), [
      ['CAP', 'Capability statement', 0, 1],
      ['SLOT', 'Slot search', 2, 1],
      ['JWT', 'JWT and authorisation', 0, 0],
      ['PROF', 'FHIR profiles', 1, 0],
      ['NFR', 'Non-functional and assurance', 0, 1],
    ]);
  });

  it('records versions from the context and the messages, and the run times', () => {
    assert.equal(model.versions['NHS Booking API'], '2.0.4-live');
    assert.equal(model.versions['cucumber-js'], '13.3.0');
    assert.equal(model.versions['node.js'], '24.0.0');
    assert.deepEqual(model.run, { startedAt: '2026-03-16T08:00:00.000Z', finishedAt: '2026-03-16T08:00:00.100Z', durationMs: 100, generatedAt: '2026-03-16T08:05:00.000Z' });
    assert.equal(model.title, 'NHS Booking API — Provider assurance report');
  });

  it('shows a scenario the run did not select as not run, not as a missing scenario', () => {
    const envelopes = buildRunEnvelopes([
      { name: 'ran', tags: ['@SLOT-07'], steps: [{ text: 'a', status: 'PASSED' }] },
      { name: 'filtered out', tags: ['@SLOT-07', '@SLOT-29'], notRun: true, steps: [{ text: 'b', status: 'PASSED' }] },
    ]);
    const partial = buildReportModel({ run: readRunModel(envelopes, SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, runContext: SAMPLE_CONTEXT, generatedAt: GENERATED_AT });
    const notRun = partial.scenarios.find((scenario) => scenario.name === 'filtered out');
    assert.deepEqual([notRun?.verdict, notRun?.reason?.code, notRun?.reason?.message, notRun?.attempts, notRun?.startedAt], ['not-run', 'SKIPPED_NOT_RUN', 'not selected for this run', 0, undefined]);
    assert.deepEqual(notRun?.steps, [{ text: 'b', keyword: 'Given', status: 'NOT RUN', durationMs: 0 }]);
    assert.deepEqual(partial.obligations.filter((row) => row.id === 'SLOT-07' || row.id === 'SLOT-29').map((row) => [row.id, row.verdict]), [['SLOT-07', 'pass'], ['SLOT-29', 'not-run']]);
  });

  it('reads the consumer suite\'s verdicts from its verdict records, never from error messages', () => {
    const failure = { verdict: 'fail', code: 'CONSUMER_OBLIGATION_FAILED', message: '1 finding(s) break SLOT-02', obligations: ['SLOT-02'], expected: 'the DoS id is sent', actual: ['#1: no service parameter'], exchangeId: '#1' } as const;
    const notExercised = { verdict: 'skipped', code: 'SKIPPED_NOT_EXERCISED', message: 'not exercised: no slot search', obligations: [] } as const;
    const envelopes = buildRunEnvelopes([
      // The message is worded differently on purpose: the record alone decides.
      { name: 'consumer', tags: ['@SLOT-02', '@must'], steps: [{ text: 'the consumer meets SLOT-02', status: 'FAILED', message: 'Error: reworded', attachments: [verdictAttachment(failure)] }] },
      { name: 'not exercised', tags: ['@SLOT-03'], steps: [{ text: 'the consumer meets SLOT-03', status: 'SKIPPED', attachments: [verdictAttachment(notExercised)] }] },
    ]);
    const consumer = buildReportModel({ run: readRunModel(envelopes, SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, runContext: { ...SAMPLE_CONTEXT, suite: 'consumer' }, generatedAt: GENERATED_AT });
    assert.deepEqual(consumer.scenarios.map((scenario) => [scenario.verdict, scenario.reason]), [['fail', failure], ['skipped', notExercised]]);
  });

  it('names obligation tags the index does not know', () => {
    const envelopes = buildRunEnvelopes([{ name: 'typo', tags: ['@SLOT-7', '@SLOT-07'], steps: [{ text: 'a', status: 'PASSED' }] }]);
    const typo = buildReportModel({ run: readRunModel(envelopes, SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, runContext: SAMPLE_CONTEXT, generatedAt: GENERATED_AT });
    assert.deepEqual(typo.unknownObligationTags, ['SLOT-7']);
  });

  it('scopes consumer runs to consumer and shared obligations', () => {
    const consumer = buildReportModel({ run: readRunModel([], SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, runContext: { ...SAMPLE_CONTEXT, suite: 'consumer' }, generatedAt: GENERATED_AT });
    assert.deepEqual(consumer.obligations.filter((row) => row.inScope).map((row) => row.id), ['SLOT-02', 'JWT-13', 'PROF-03', 'NFR-09']);
    assert.equal(consumer.title, 'NHS Booking API — Consumer assurance report');
  });

  it('reads the messages NDJSON the formatter writes, naming a broken line', () => {
    const text = sampleEnvelopes().map((envelope) => JSON.stringify(envelope)).join('\n') + '\n\n';
    assert.equal(parseMessagesNdjson(text).length, sampleEnvelopes().length);
    assert.throws(() => parseMessagesNdjson('{"meta":{}}\n{oops'), /^Error: messages line 2 is not JSON: /);
  });
});
