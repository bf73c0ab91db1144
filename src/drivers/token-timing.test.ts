import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expiringIn, tokenClockFor } from './token-timing.ts';

describe('tokenClockFor', () => {
  const table: readonly [Parameters<typeof tokenClockFor>[0], number][] = [
    ['expired', 970],
    ['expires-now', 970],
    ['iat-in-future', 1030],
    ['wrong-aud', 1000],
  ];
  for (const [defect, expected] of table) {
    it(`${defect} with 30 s skew → ${expected}`, () => assert.equal(tokenClockFor(defect, 1000, 30), expected));
  }
  it('keeps a 300 s lifetime for a token expiring in 2 s', () => {
    assert.deepEqual(expiringIn(2, 1000), { iat: 702, exp: 1002 });
  });
});
