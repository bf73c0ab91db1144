import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLevel } from './classify-level.ts';

describe('classifyLevel', () => {
  const table: readonly [string, string][] = [
    ['MUST', 'MUST'],
    ['MUST [contested]', 'MUST'],
    ['MUST NOT (be required)', 'MUST'],
    ['MUST (UEC) / optional (NBA)', 'MUST'],
    ['MUST / SHOULD', 'MUST'],
    ['SHOULD (PAT: must)', 'SHOULD'],
    ['SHOULD NOT / MAY', 'SHOULD'],
    ['SHOULD [derived]', 'SHOULD'],
    ['MAY', 'MAY'],
    ['—', 'MAY'],
  ];
  for (const [level, expected] of table) it(`classifies ${level}`, () => assert.equal(classifyLevel(level), expected));
});
