// The suite judged by its own standard: against the faithful mock every scenario passes, and each
// purpose-built defect of the mock is caught by the scenarios of the obligation it breaks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MockFault } from '../../mocks/faults/mock-fault.ts';
import { MOCK_FAULTS } from '../../mocks/faults/mock-fault.ts';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const suite = new QuietSuite();

// Scenarios the built-in target cannot run, by design: the default fixture has no service without
// slots, and the embedded mock listens on plain HTTP.
const EXPECTED_SKIPS = [
  'SKIPPED_TARGET_DATA: the target declares no services.withoutSlots (needed for "a service without slots")',
  'SKIPPED_NOT_DECLARED: the target is served over plain HTTP',
];

describe('the provider suite against the faithful mock', () => {
  it('passes every scenario it can run, and says why it skips the others', async () => {
    const run = await suite.run();
    const notPassed = run.results.filter((r) => r.verdict !== 'pass');
    assert.deepEqual(notPassed.filter((r) => r.verdict !== 'skipped').map((r) => `${r.name}: ${r.verdict} (${reasonText(r)})`), []);
    assert.deepEqual(notPassed.map((r) => EXPECTED_SKIPS.some((reason) => reasonText(r)?.startsWith(reason))), notPassed.map(() => true), JSON.stringify(verdictsOf(run), null, 2));
    assert.equal(run.exitCode, 0);
    assert.ok(run.results.length >= 100, `only ${run.results.length} scenarios ran`);
    assert.deepEqual(run.coverage.unaccounted, []);
    assert.deepEqual(run.coverage.unknownTags, []);
  });
});

// Each fault against the scenarios tagged with the obligation it breaks (only those run).
const CAUGHT_BY: readonly [MockFault, string][] = [
  ['ignore-service-param', 'SLOT-07'],
  ['leak-withheld-slots', 'SLOT-08'],
  ['busy-as-free', 'SLOT-13'],
  ['duplicate-included-schedule', 'SLOT-28'],
  ['accept-expired-jwt', 'JWT-11'],
  ['error-without-outcome', 'ERR-01'],
  ['wrong-content-type', 'HTTP-07'],
];

describe('the provider suite against a broken mock', () => {
  for (const [fault, obligation] of CAUGHT_BY) {
    it(`catches ${fault} (${MOCK_FAULTS[fault].description}) as a failure of ${obligation}`, async () => {
      const run = await suite.run({ tags: `@${obligation}`, mock: { faults: [fault] } });
      const ran = run.results.filter((r) => r.verdict !== 'not-run');
      const failed = ran.filter((r) => r.verdict === 'fail');
      assert.ok(failed.length > 0, `no @${obligation} scenario failed: ${JSON.stringify(verdictsOf(run), null, 2)}`);
      assert.ok(failed.every((r) => r.obligations.includes(obligation)));
      assert.ok(failed.every((r) => r.records.some((record) => record.verdict === 'fail' && record.exchangeId !== undefined)), 'every failure names its exchange');
      assert.deepEqual(ran.filter((r) => r.verdict === 'inconclusive').map((r) => r.name), []);
      assert.equal(run.exitCode, failed.some((r) => r.level === 'MUST') ? 1 : 0);
    });
  }
});

describe('a provider that takes a lenient reading of section 3', () => {
  // C-04 (401 for token failures) and C-05 (200 with no entries for an unknown service).
  const mock = { config: { authFailureStatus: 401 as const, unknownServiceStatus: 200 as const } };
  const tags = '@JWT-22 or @SLOT-10';

  it('fails the strict defaults', async () => {
    const run = await suite.run({ tags, mock });
    const failed = run.results.filter((r) => r.verdict === 'fail');
    assert.ok(failed.some((r) => r.obligations.includes('JWT-22')) && failed.some((r) => r.obligations.includes('SLOT-10')), JSON.stringify(verdictsOf(run), null, 2));
  });

  it('passes when the target declares the lenient sets it uses', async () => {
    const lenient = { auth: { failureStatuses: [400, 401, 403] }, slotSearch: { unknownServiceStatuses: [404, 200] } };
    const run = await suite.run({ tags, mock: { ...mock, lenient } });
    assert.deepEqual(run.results.filter((r) => r.verdict !== 'not-run' && r.verdict !== 'pass').map((r) => `${r.name}: ${reasonText(r)}`), []);
  });
});

describe('a provider that leaks the slots its target declares withheld', () => {
  it('fails SLOT-08 on every SLOT-08 scenario, booking included, instead of skipping', async () => {
    const run = await suite.run({ tags: '@SLOT-08', mock: { faults: ['leak-withheld-slots'] } });
    const ran = run.results.filter((r) => r.verdict !== 'not-run');
    assert.ok(ran.length >= 2);
    assert.deepEqual(ran.filter((r) => r.verdict !== 'fail').map((r) => `${r.name}: ${r.verdict} (${r.reason})`), []);
    assert.ok(ran.every((r) => r.records.some((record) => record.verdict === 'fail' && record.obligations.join() === 'SLOT-08')));
  });
});
