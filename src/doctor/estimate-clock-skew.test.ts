import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeSkew, estimateClockSkew } from './estimate-clock-skew.ts';

const SENT = Date.parse('2026-03-16T10:00:00.000Z');

describe('estimateClockSkew', () => {
  const table: readonly [string, string, number, { skewMs: number; uncertaintyMs: number; verdict: string }][] = [
    ['clocks agree, fast exchange', 'Mon, 16 Mar 2026 10:00:00 GMT', 20, { skewMs: 490, uncertaintyMs: 510, verdict: 'within' }],
    ['provider 10 s ahead', 'Mon, 16 Mar 2026 10:00:10 GMT', 20, { skewMs: 10_490, uncertaintyMs: 510, verdict: 'beyond' }],
    ['provider 10 s behind', 'Mon, 16 Mar 2026 09:59:50 GMT', 20, { skewMs: -9_510, uncertaintyMs: 510, verdict: 'beyond' }],
    ['just over a second ahead', 'Mon, 16 Mar 2026 10:00:01 GMT', 0, { skewMs: 1_500, uncertaintyMs: 500, verdict: 'beyond' }],
    ['a 3 s exchange cannot tell', 'Mon, 16 Mar 2026 10:00:01 GMT', 3_000, { skewMs: 0, uncertaintyMs: 2_000, verdict: 'unclear' }],
  ];
  for (const [name, dateHeader, durationMs, expected] of table) {
    it(name, () => {
      assert.deepEqual(estimateClockSkew({ dateHeader, sentAtMs: SENT, receivedAtMs: SENT + durationMs }), { ...expected, serverDate: dateHeader });
    });
  }

  it('has no estimate without a usable Date header', () => {
    assert.equal(estimateClockSkew({ dateHeader: undefined, sentAtMs: SENT, receivedAtMs: SENT }), undefined);
    assert.equal(estimateClockSkew({ dateHeader: 'yesterday', sentAtMs: SENT, receivedAtMs: SENT }), undefined);
  });

  it('writes the offset with its sign and uncertainty', () => {
    assert.equal(describeSkew({ skewMs: 10_490, uncertaintyMs: 510, serverDate: '', verdict: 'beyond' }), '+10.5 s (±0.5 s)');
    assert.equal(describeSkew({ skewMs: -9_510, uncertaintyMs: 510, serverDate: '', verdict: 'beyond' }), '-9.5 s (±0.5 s)');
  });
});
