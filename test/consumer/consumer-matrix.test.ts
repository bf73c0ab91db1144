// Each scripted consumer runs its workflow against a fresh mock over HTTP; the judge must catch every
// broken one by exactly the obligation it breaks (plus the composite obligations that obligation is
// part of), pass the well-behaved one on everything it exercises, and give the same verdict from a
// HAR export of the recording as from the recording itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockProvider } from '../../mocks/create-mock-provider.ts';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import type { StructuralValidator } from '../../mocks/domain/judge/judge-context.ts';
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';
import { parseHar } from '../../src/consumer/parse-har.ts';
import { judgeContextOf, mockProviderFacts } from '../../src/consumer/provider-facts-of.ts';
import { createSchemaStructuralValidator } from '../../src/consumer/schema-structural-validator.ts';
import { toHar } from '../../src/consumer/to-har.ts';
import type { HarProviderFacts } from '../../src/consumer/har-types.ts';
import { printMutationScore, type MutationMiss } from '../suite/print-mutation-score.ts';
import { runScriptedConsumer, startMockFor, SCRIPTED_CONSUMERS, SCRIPTED_CONSUMER_NAMES } from './scripted-consumers.ts';
import type { ScriptedConsumerName } from './scripted-consumers.ts';

const NOW = Date.parse('2026-03-16T08:00:00Z');

/** Every obligation whose verdict is not pass/not-exercised, per consumer: the breaking one and its composites. */
const EXPECTED: Readonly<Record<ScriptedConsumerName, { readonly statuses: readonly number[]; readonly fail: readonly string[]; readonly warn: readonly string[] }>> = {
  'well-behaved': { statuses: [200, 200, 201, 409, 200, 200], fail: [], warn: [] },
  'no-service-parameter': { statuses: [200, 400], fail: ['SLOT-02'], warn: [] },
  // JWT-25 (SHOULD: a fresh token) also notices the reused token, as a warning only.
  'expired-jwt': { statuses: [403], fail: ['JWT-26'], warn: ['JWT-25'] },
  'malformed-jwt': { statuses: [403], fail: ['JWT-03'], warn: [] },
  'wrong-scope-for-booking': { statuses: [200, 200, 403], fail: ['JWT-15', 'BOOK-01'], warn: [] },
  'missing-trace-id': { statuses: [200, 200, 201, 409, 200, 200], fail: ['SSP-02', 'CAP-10'], warn: [] },
  'retry-with-new-request-id': { statuses: [200, 200, 201, 422], fail: ['XTI-02'], warn: [] },
  'cancel-without-if-match': { statuses: [200, 200, 201, 409, 200, 412], fail: ['CAN-02', 'XTI-07'], warn: [] },
  // Status 0: the mock committed the interaction and dropped its answer (a chaos rule).
  'lost-booking-resent': { statuses: [200, 200, 0, 201, 200, 200], fail: [], warn: [] },
  'lost-booking-new-request-id': { statuses: [200, 200, 0, 422], fail: ['XTI-02'], warn: [] },
  // Strict: the resent cancel gets 409 for its reused X-Request-ID; it is judged as its original was.
  'lost-cancel-resent': { statuses: [200, 200, 201, 200, 0, 409], fail: [], warn: [] },
  'lost-search-new-request-id': { statuses: [200, 0, 200, 201, 200, 200], fail: ['XTI-02'], warn: [] },
  'read-reuses-request-id': { statuses: [200, 200, 201, 200, 200], fail: ['XTI-02'], warn: [] },
};

interface Recorded {
  readonly statuses: number[];
  readonly exchanges: readonly RecordedExchange[];
  readonly facts: HarProviderFacts;
}

async function record(name: ScriptedConsumerName): Promise<Recorded> {
  const mock = await startMockFor(name, NOW);
  try {
    const statuses = await runScriptedConsumer(name, { baseUrl: mock.baseUrl, clockMs: () => mock.state.clock.now() });
    return { statuses, exchanges: [...mock.state.traffic.entries()], facts: mockProviderFacts(mock.state) };
  } finally {
    await mock.close();
  }
}

const verdicts = (judgement: RecordingJudgement, verdict: string): string[] => judgement.obligations.filter((o) => o.verdict === verdict).map((o) => o.id);

describe('scripted consumers against the mock over HTTP', () => {
  let validate: StructuralValidator;
  // Faulty consumers: caught when the judgement fails the obligation the consumer breaks.
  const faulty = SCRIPTED_CONSUMER_NAMES.filter((name) => SCRIPTED_CONSUMERS[name].breaks !== undefined);
  const caught = new Set<string>();
  const misses: MutationMiss[] = [];
  before(() => {
    validate = createSchemaStructuralValidator();
  });
  after(() => {
    printMutationScore('consumers', caught.size, faulty.length, misses);
  });

  for (const name of SCRIPTED_CONSUMER_NAMES) {
    const { breaks } = SCRIPTED_CONSUMERS[name];
    test(`${name}: ${breaks === undefined ? 'passes everything it exercises' : `caught by ${breaks} and only by it`}`, async () => {
      const { statuses, exchanges, facts } = await record(name);
      const judgement = judgeRecording(exchanges, judgeContextOf(facts, validate));
      if (breaks !== undefined) {
        if (verdicts(judgement, 'fail').includes(breaks)) caught.add(name);
        else misses.push({ fault: name, obligations: [breaks], reason: `verdicts: ${judgement.obligations.filter((o) => o.id === breaks).map((o) => o.verdict).join(', ') || 'none'}` });
      }
      assert.deepEqual(statuses, EXPECTED[name].statuses);
      assert.deepEqual(verdicts(judgement, 'fail'), EXPECTED[name].fail);
      assert.deepEqual(verdicts(judgement, 'warn'), EXPECTED[name].warn);
      // The failing findings themselves all belong to the one broken obligation.
      assert.deepEqual([...new Set(judgement.findings.filter((f) => f.outcome === 'fail').map((f) => f.obligation))], breaks === undefined ? [] : [breaks]);
      // Reproducible from the recording alone: a HAR export judges identically.
      const har = parseHar(JSON.stringify(toHar(exchanges, facts)));
      assert.deepEqual(judgeRecording(har.exchanges, judgeContextOf(har.provider as HarProviderFacts, validate)), judgement);
    });
  }

  test('the well-behaved consumer exercises the whole workflow, PROF-02 included', async () => {
    const { exchanges, facts } = await record('well-behaved');
    const judgement = judgeRecording(exchanges, judgeContextOf(facts, validate));
    assert.deepEqual(verdicts(judgement, 'not-exercised'), ['SSP-01', 'SLOT-39', 'CAN-13', 'CAN-14', 'REG-01']);
    assert.deepEqual(judgement.sessions.map((s) => [s.id, s.requests, s.odsCodes]), [['ASID 900000000101', 6, ['A1001']]]);
  });
});

test('a Node consumer using the mock in-process is judged the same way', async () => {
  const mock = createMockProvider({ nowMs: NOW });
  mock.listen();
  try {
    await runScriptedConsumer('cancel-without-if-match', { baseUrl: mock.baseUrl, clockMs: () => mock.state.clock.now() });
    // The in-process recording is written when MSW reports the mocked response.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const judgement = judgeRecording(mock.state.traffic.entries(), judgeContextOf(mockProviderFacts(mock.state)));
    assert.equal(judgement.exchanges, 6);
    assert.deepEqual(verdicts(judgement, 'fail'), ['CAN-02', 'XTI-07']);
  } finally {
    mock.close();
  }
});

test('in-process too, an answer dropped after commit stays on the record and the retry with a new X-Request-ID is caught', async () => {
  const mock = createMockProvider({ nowMs: NOW });
  mock.listen();
  try {
    mock.state.chaos.add({ interaction: 'appointment-create', dropAfterCommit: true, times: 1 });
    assert.deepEqual(await runScriptedConsumer('lost-booking-new-request-id', { baseUrl: mock.baseUrl, clockMs: () => mock.state.clock.now() }), [200, 200, 0, 422]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(mock.state.traffic.entries().map((e) => [e.status, e.fate]), [[200, 'sent'], [200, 'sent'], [201, 'dropped-after-commit'], [422, 'sent']]);
    const judgement = judgeRecording(mock.state.traffic.entries(), judgeContextOf(mockProviderFacts(mock.state)));
    assert.deepEqual(verdicts(judgement, 'fail'), ['XTI-02']);
  } finally {
    mock.close();
  }
});
