import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMutationScore, printMutationScore } from './print-mutation-score.ts';

describe('printMutationScore', () => {
  it('prints the score line alone when every fault is caught', () => {
    const lines: string[] = [];
    printMutationScore('providers', 57, 57, [], { print: (line) => lines.push(line) });
    assert.deepEqual(lines, ['mutation score (providers): 57/57 faults caught']);
  });

  it('lists each fault not caught with its obligations and what happened instead', () => {
    assert.deepEqual(formatMutationScore('consumers', 3, 5, [
      { fault: 'no-upper-bound', obligations: ['SLOT-03'], reason: '1 scenario passed' },
      { fault: 'plus-unencoded', obligations: ['SLOT-04', 'TIME-03'], reason: 'no scenario ran' },
    ]), [
      'mutation score (consumers): 3/5 faults caught',
      '  not caught: no-upper-bound (SLOT-03): 1 scenario passed',
      '  not caught: plus-unencoded (SLOT-04, TIME-03): no scenario ran',
    ]);
  });

  it('lists the faults left out of the score with the reason', () => {
    const lines: string[] = [];
    printMutationScore('providers', 2, 2, [], { pending: [{ fault: 'double-book', obligations: ['BOOK-17'], reason: 'no scenario checks BOOK-17 yet' }], print: (line) => lines.push(line) });
    assert.deepEqual(lines, ['mutation score (providers): 2/2 faults caught', '  not scored: double-book (BOOK-17): no scenario checks BOOK-17 yet']);
  });
});
