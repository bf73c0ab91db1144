import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateVerdict } from './build-obligation-matrix.ts';
import type { ObligationVerdict } from './report-model.ts';

describe('aggregateVerdict', () => {
  const table: readonly [readonly ObligationVerdict[], ObligationVerdict][] = [
    [[], 'untested'],
    [['pass', 'pass'], 'pass'],
    [['pass', 'fail', 'inconclusive'], 'fail'],
    [['pass', 'inconclusive'], 'inconclusive'],
    [['skipped', 'inconclusive'], 'inconclusive'],
    // A scenario that did not run takes nothing away from one that passed (as in the coverage files).
    [['skipped', 'pass'], 'pass'],
    [['skipped', 'skipped'], 'skipped'],
  ];
  for (const [verdicts, expected] of table) it(`[${verdicts.join(', ')}] → ${expected}`, () => assert.equal(aggregateVerdict(verdicts), expected));
});
