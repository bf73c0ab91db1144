import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLevel, levelOfScenario, obligationIdsOf } from './classify-level.ts';

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

describe('obligationIdsOf and levelOfScenario', () => {
  const levels: Readonly<Record<string, 'MUST' | 'SHOULD'>> = { 'SLOT-07': 'MUST', 'SLOT-29': 'SHOULD' };
  const levelOf = (id: string) => levels[id];
  it('reads obligation ids from tags, once each, and nothing else', () => {
    assert.deepEqual(obligationIdsOf(['@area-slots', '@SLOT-07', '@must', '@SLOT-07', '@slot-29', '@JWT-26']), ['SLOT-07', 'JWT-26']);
  });
  const table: readonly [readonly string[], string][] = [
    [['@SLOT-29', '@must'], 'MUST'],
    [['@SLOT-07', '@should'], 'SHOULD'],
    [['@SLOT-07', '@MAY'], 'MAY'],
    [['@SLOT-29', '@SLOT-07'], 'MUST'],
    [['@SLOT-29'], 'SHOULD'],
    [['@XYZ-1'], 'MAY'],
    [[], 'MAY'],
  ];
  for (const [tags, expected] of table) it(`counts ${tags.join(' ') || 'no tags'} as ${expected}`, () => assert.equal(levelOfScenario(tags, levelOf), expected));
});
