import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConformanceFailure } from './conformance-failure.ts';
import { HarnessDefect } from './harness-defect.ts';
import { InconclusiveError } from './inconclusive-error.ts';
import { ScenarioSkipped } from './scenario-skipped.ts';
import { toVerdictRecord } from './to-verdict-record.ts';

describe('toVerdictRecord', () => {
  it('names each obligation of a failure once, however often the checks on the way added it', () => {
    const failure = new ConformanceFailure({ code: 'NOT_SEARCHSET', obligations: ['SLOT-25', 'SLOT-15', 'SLOT-25'], reason: 'no Bundle', expected: 'searchset', actual: null });
    assert.deepEqual(failure.obligations, ['SLOT-25', 'SLOT-15']);
    assert.match(failure.message, /^SLOT-25, SLOT-15 NOT_SEARCHSET: no Bundle/);
    assert.deepEqual(new InconclusiveError('INCONCLUSIVE_PRECONDITION', 'x', { obligations: ['CAN-11', 'CAN-11'] }).obligations, ['CAN-11']);
  });
  it('keeps the evidence of a conformance failure and rethrows it', () => {
    const failure = new ConformanceFailure({
      code: 'STATUS_MISMATCH',
      obligations: ['JWT-11'],
      reason: 'an expired token was accepted',
      expected: [403],
      actual: 200,
      exchangeId: 'x-1',
    });
    assert.deepEqual(toVerdictRecord(failure), {
      outcome: 'rethrow',
      record: {
        verdict: 'fail',
        code: 'STATUS_MISMATCH',
        message: 'an expired token was accepted',
        obligations: ['JWT-11'],
        expected: [403],
        actual: 200,
        exchangeId: 'x-1',
      },
    });
    assert.equal(failure.message, 'JWT-11 STATUS_MISMATCH: an expired token was accepted\n  expected: [403]\n  actual:   200\n  exchange: x-1');
  });

  const table: readonly [string, unknown, string, string, string][] = [
    ['network trouble', new InconclusiveError('INCONCLUSIVE_TIMEOUT', 'no response within 5000 ms', { exchangeId: 'x-2' }), 'pending', 'inconclusive', 'INCONCLUSIVE_TIMEOUT'],
    ['missing target data', new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the target declares no services.withoutSlots'), 'skipped', 'skipped', 'SKIPPED_TARGET_DATA'],
    ['a harness defect', new HarnessDefect('HARNESS_UNASSERTED_EXCHANGE', 'nobody asserted on x-3'), 'rethrow', 'inconclusive', 'HARNESS_UNASSERTED_EXCHANGE'],
    ['a bug in our code', new TypeError('cannot read properties of undefined'), 'rethrow', 'inconclusive', 'HARNESS_ERROR'],
    ['a thrown string', 'boom', 'rethrow', 'inconclusive', 'HARNESS_ERROR'],
  ];
  for (const [name, error, outcome, verdict, code] of table) {
    it(`classifies ${name}`, () => {
      const classified = toVerdictRecord(error);
      assert.equal(classified.outcome, outcome);
      assert.equal(classified.record.verdict, verdict);
      assert.equal(classified.record.code, code);
    });
  }

  it('names the exchange in an inconclusive message', () => {
    const error = new InconclusiveError('INCONCLUSIVE_NETWORK', 'connection reset', { exchangeId: 'x-9' });
    assert.equal(error.message, 'INCONCLUSIVE_NETWORK: connection reset (exchange x-9)');
    assert.equal(toVerdictRecord(error).record.message, 'connection reset');
  });

  it('keeps a harness defect\'s detail without repeating its code', () => {
    const record = toVerdictRecord(new HarnessDefect('HARNESS_UNASSERTED_EXCHANGE', 'no step asserted on x-3 (slot search)')).record;
    assert.deepEqual([record.code, record.message], ['HARNESS_UNASSERTED_EXCHANGE', 'no step asserted on x-3 (slot search)']);
  });

  it('reports a bug in our code with its type and message', () => {
    assert.equal(toVerdictRecord(new RangeError('bad')).record.message, 'RangeError: bad');
  });
});
