// The booking lifecycle scenarios judged by their own standard: against the faithful mock they all
// pass, and each purpose-built booking defect of the mock fails exactly the scenarios of the
// obligations it breaks (and nothing else among the scenarios that run).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MockFault } from '../../mocks/faults/mock-fault.ts';
import { MOCK_FAULTS } from '../../mocks/faults/mock-fault.ts';
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const suite = new QuietSuite();

interface FaultCase {
  readonly fault: MockFault;
  /** The scenarios that run: those of the obligations the fault breaks. */
  readonly tags: string;
  /** Scenario names (as run) that must fail. */
  readonly failing: readonly string[];
}

const CASES: readonly FaultCase[] = [
  {
    fault: 'double-book',
    tags: '@BOOK-17',
    failing: ['A slot booked already is refused with the slot-taken outcome', 'Concurrent bookings of one slot: exactly one is created'],
  },
  {
    fault: 'ignore-if-match',
    tags: '@CAN-07 or @CAN-08',
    failing: ['A cancel naming a stale version is refused', 'A cancel without If-Match is refused', 'Concurrent cancels made from one read: exactly one succeeds'],
  },
  {
    fault: 'lose-previous-version',
    tags: '@CAN-05 or @READ-03',
    failing: ['Every version of a cancelled appointment can be read back'],
  },
  {
    fault: 'duplicate-on-retry',
    tags: '@XTI-05',
    failing: ['A retried booking does not create a second appointment', 'Concurrent retries of one booking create exactly one appointment'],
  },
  {
    fault: 'book-withheld-slot',
    tags: '@SLOT-08',
    failing: ['A slot withheld from a consumer cannot be booked by it'],
  },
];

const ran = (results: readonly ScenarioOutcome[]) => results.filter((r) => r.verdict !== 'not-run');

describe('the booking scenarios against the faithful mock', () => {
  it('pass, each fault case\'s tags included', async () => {
    const run = await suite.run({ tags: `@area-booking or ${CASES.map((c) => `(${c.tags})`).join(' or ')}` });
    assert.deepEqual(ran(run.results).filter((r) => r.verdict !== 'pass').map((r) => `${r.name}: ${r.verdict} (${reasonText(r)})`), []);
    assert.ok(ran(run.results).length >= 60, `only ${ran(run.results).length} scenarios ran`);
    assert.equal(run.exitCode, 0);
  });
});

describe('the booking scenarios against a broken mock', () => {
  for (const { fault, tags, failing } of CASES) {
    it(`catch ${fault} (${MOCK_FAULTS[fault].description}) in exactly the scenarios of ${tags}`, async () => {
      const run = await suite.run({ tags, mock: { faults: [fault] } });
      const results = ran(run.results);
      const failed = results.filter((r) => r.verdict === 'fail');
      assert.deepEqual([...new Set(failed.map((r) => r.name))].sort(), [...failing].sort(), JSON.stringify(verdictsOf(run), null, 2));
      assert.deepEqual(results.filter((r) => r.verdict !== 'fail' && r.verdict !== 'pass').map((r) => `${r.name}: ${r.verdict} (${reasonText(r)})`), []);
      assert.ok(failed.every((r) => r.records.some((record) => record.verdict === 'fail' && record.exchangeId !== undefined)), 'every failure names its exchange');
      assert.equal(run.exitCode, 1);
    });
  }
});

describe('a provider that takes the lenient readings of C-07, C-08 and C-09', () => {
  // 409 for a taken slot, a replay for a reused X-Request-ID, 412 for a stale If-Match, 428 without one.
  const mock = { config: { slotTakenStatus: 409 as const, retryBehaviour: 'replay' as const, mismatchStatus: 412 as const, missingIfMatchStatus: 428 as const } };
  const tags = '@BOOK-17 or @XTI-05 or @CAN-07 or @CAN-08 or @CAN-11';

  it('fails the strict defaults, obligation by obligation', async () => {
    const run = await suite.run({ tags, mock });
    const failed = new Set(ran(run.results).filter((r) => r.verdict === 'fail').flatMap((r) => r.obligations));
    assert.deepEqual(['BOOK-17', 'XTI-05', 'CAN-07', 'CAN-08', 'CAN-11'].filter((id) => !failed.has(id)), [], JSON.stringify(verdictsOf(run), null, 2));
  });

  it('passes when the target declares the lenient sets it uses', async () => {
    const lenient = {
      booking: { slotTakenStatuses: [422, 409] },
      integrity: { retryBehaviour: 'replay' as const },
      update: { mismatchStatuses: [409, 412], missingIfMatchStatuses: [412, 428] },
    };
    const run = await suite.run({ tags, mock: { ...mock, lenient } });
    assert.deepEqual(ran(run.results).filter((r) => r.verdict !== 'pass').map((r) => `${r.name}: ${r.verdict} (${reasonText(r)})`), []);
  });
});
