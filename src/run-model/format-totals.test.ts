import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatTotals } from './format-totals.ts';

describe('formatTotals', () => {
  it('names what it counts and the total', () => {
    assert.equal(formatTotals('scenarios', { pass: 82, skipped: 6 }), '88 scenarios: 82 pass, 6 skipped');
    assert.equal(formatTotals('obligations', { pass: 61, 'not-exercised': 6 }, (key) => key.replace('-', ' ')), '67 obligations: 61 pass, 6 not exercised');
  });
  it('counts one in the singular', () => {
    assert.equal(formatTotals('obligations', { fail: 1 }), '1 obligation: 1 fail');
  });
});
