import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatVariantScore } from './format-variant-score.ts';

describe('formatVariantScore', () => {
  it('prints the score line, then each false verdict', () => {
    assert.deepEqual(formatVariantScore(26, []), ['valid variants: 26/26 pass with 0 false fails']);
    assert.deepEqual(formatVariantScore(3, [{ variant: 'paged-7', scenarios: ['Several statuses combine with OR: fail (RESULTS_DIFFER)', 'x: inconclusive (y)'] }]), [
      'valid variants: 2/3 pass with 2 false fails',
      '  false verdict on paged-7: Several statuses combine with OR: fail (RESULTS_DIFFER)',
      '  false verdict on paged-7: x: inconclusive (y)',
    ]);
  });
});
