// The consumer features end to end through cucumber's API: each scripted consumer's judged recording
// fails exactly the scenarios tagged with the obligation it breaks; the well-behaved one fails none
// and has every unexercised obligation skipped with a reason; the tag-generated coverage agrees with
// the judge's own verdicts; and the features are tagged consistently with the obligations table.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { CONSUMER_OBLIGATIONS, findConsumerObligation } from '../../mocks/domain/judge/consumer-obligations.ts';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import { judgeContextOf, mockProviderFacts } from '../../src/consumer/provider-facts-of.ts';
import { discardOutput, runConsumerFeatures } from '../../src/consumer/run-consumer-features.ts';
import { OBLIGATIONS } from '../../spec/obligations-index.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';
import { readRunModel } from '../../src/run-model/read-run-model.ts';
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';
import { toConsumerCoverage } from '../../src/consumer/to-consumer-coverage.ts';
import { runScriptedConsumer, SCRIPTED_CONSUMERS, SCRIPTED_CONSUMER_NAMES, startMockFor } from './scripted-consumers.ts';
import type { ScriptedConsumerName } from './scripted-consumers.ts';

const dir = mkdtempSync(join(tmpdir(), 'consumer-features-'));
let support: ISupportCodeLibrary | undefined;

async function judged(name: ScriptedConsumerName): Promise<RecordingJudgement> {
  const mock = await startMockFor(name, Date.parse('2026-03-16T08:00:00Z'));
  try {
    await runScriptedConsumer(name, { baseUrl: mock.baseUrl, clockMs: () => mock.state.clock.now() });
    return judgeRecording(mock.state.traffic.entries(), judgeContextOf(mockProviderFacts(mock.state)));
  } finally {
    await mock.close();
  }
}

async function runFeatures(name: string, judgement: RecordingJudgement): Promise<{ results: readonly ScenarioOutcome[]; envelopes: readonly Envelope[]; success: boolean }> {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(judgement));
  const run = await runConsumerFeatures({ judgementPath: path, stdout: discardOutput(), ...(support ? { support } : {}) });
  support = run.support;
  return { results: readRunModel(run.envelopes, OBLIGATIONS).scenarios, envelopes: run.envelopes, success: run.success };
}

after(() => rmSync(dir, { recursive: true, force: true }));

describe('consumer features over scripted consumers', () => {
  for (const name of SCRIPTED_CONSUMER_NAMES) {
    const { breaks } = SCRIPTED_CONSUMERS[name];
    test(`${name}: ${breaks === undefined ? 'no scenario fails' : `only scenarios tagged @${breaks} fail`}`, async () => {
      const judgement = await judged(name);
      const { results, success } = await runFeatures(name, judgement);
      const failed = results.filter((r) => r.verdict === 'fail');
      assert.equal(success, breaks === undefined);
      assert.ok(breaks === undefined ? failed.length === 0 : failed.length > 0);
      for (const scenario of failed) assert.ok(scenario.tags.includes(`@${breaks}`), `${scenario.name} failed: ${reasonText(scenario)}`);
      assert.deepEqual(results.filter((r) => !['pass', 'fail', 'skipped'].includes(r.verdict)).map((r) => `${r.name}: ${reasonText(r)}`), []);
      // Coverage generated from the tags agrees with the judge's verdicts, composites included.
      const coverage = toConsumerCoverage(results);
      for (const row of coverage.rows) {
        assert.equal(row.verdict, judgement.obligations.find((o) => o.id === row.id)?.verdict, `${name} ${row.id}`);
      }
      assert.equal(coverage.verdict, breaks === undefined ? 'pass' : 'fail');
    });
  }

  test('an obligation the traffic does not exercise is skipped with the reason, never passed', async () => {
    const { results } = await runFeatures('malformed', await judged('malformed-jwt'));
    const booking = results.find((r) => r.name === 'The booking carries no Appointment.id');
    assert.deepEqual([booking?.verdict, booking?.reason?.code, booking?.reason?.message], ['skipped', 'SKIPPED_NOT_EXERCISED', 'not exercised: the recording has no booking request with a JSON body']);
    const bookingScope = results.find((r) => r.name === 'The requested_scope of every booking request fits the interaction');
    assert.deepEqual([bookingScope?.verdict, bookingScope?.reason?.message], ['skipped', 'not exercised: the recording has no booking request']);
    assert.ok(results.filter((r) => r.verdict === 'skipped').every((r) => r.reason?.message.startsWith('not exercised: ')));
  });
});

describe('the consumer features are tagged from the obligations table', () => {
  let envelopes: readonly Envelope[] = [];
  before(async () => {
    envelopes = (await runFeatures('empty', judgeRecording([], judgeContextOf({ baseUrl: 'http://127.0.0.1:4000', providerAsid: '1', consumers: [], serviceIds: [], acceptedSlotInteractionIds: [] })))).envelopes;
  });

  test('every scenario asserts one obligation and carries its id and its level tag', () => {
    const pickles = envelopes.flatMap((e) => (e.pickle ? [e.pickle] : []));
    assert.ok(pickles.length > 80);
    for (const pickle of pickles) {
      const tags = pickle.tags.map((t) => t.name);
      const asserted = /(?:meets) ([A-Z]+-\d+)$/.exec(pickle.steps.at(-1)?.text ?? '')?.[1] ?? '';
      const row = findConsumerObligation(asserted);
      assert.ok(row, `${pickle.name} asserts no known obligation`);
      assert.ok(tags.includes(`@${asserted}`), `${pickle.name} lacks @${asserted}`);
      assert.deepEqual(tags.filter((t) => ['@must', '@should', '@may'].includes(t)), [`@${row.level.toLowerCase()}`], pickle.name);
      for (const tag of tags.filter((t) => /^@[A-Z]+-\d+$/.test(t) && t !== `@${asserted}`)) {
        const composite = findConsumerObligation(tag.slice(1));
        assert.ok(composite?.components?.some((c) => c.obligation === asserted), `${pickle.name}: ${tag} is not made of ${asserted}`);
      }
    }
  });

  test('every judged obligation has a scenario', () => {
    const results = readRunModel(envelopes, OBLIGATIONS).scenarios;
    assert.deepEqual(toConsumerCoverage(results).rows.filter((r) => r.verdict === 'no-scenario').map((r) => r.id), []);
    assert.equal(toConsumerCoverage(results).rows.length, CONSUMER_OBLIGATIONS.length);
  });
});
