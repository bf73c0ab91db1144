import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideObligationVerdict, type ObligationVerdict } from './decide-obligation-verdict.ts';
import type { ScenarioVerdict } from './scenario-outcome.ts';

describe('decideObligationVerdict', () => {
  const table: readonly [readonly ScenarioVerdict[], ObligationVerdict][] = [
    [[], 'untested'],
    [['pass', 'pass'], 'pass'],
    [['pass', 'fail', 'inconclusive'], 'fail'],
    [['pass', 'inconclusive'], 'inconclusive'],
    [['skipped', 'inconclusive'], 'inconclusive'],
    // A scenario that did not run takes nothing away from one that passed.
    [['skipped', 'pass'], 'pass'],
    [['not-run', 'pass'], 'pass'],
    [['skipped', 'skipped'], 'skipped'],
    [['not-run', 'skipped'], 'skipped'],
    [['not-run'], 'not-run'],
  ];
  for (const [verdicts, expected] of table) it(`[${verdicts.join(', ')}] → ${expected}`, () => assert.equal(decideObligationVerdict(verdicts), expected));
});
