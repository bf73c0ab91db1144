import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scalIdsFromSource } from './scal-ids-from-source.ts';

describe('scalIdsFromSource', () => {
  const table: readonly [string, readonly string[]][] = [
    ['NBA:capabilitystatement › Payload response body; PAT P8', ['P8']],
    ['PAT P11–P13, P19; TKW `practitioners_returned`', ['P11', 'P12', 'P13', 'P19']],
    ['CAT C28, C29', ['C28', 'C29']],
    ['CAT C2–C4', ['C2', 'C3', 'C4']],
    ['PAT P1–P7; CAT C9–C11', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'C9', 'C10', 'C11']],
    ['PAT P10; PAT P10', ['P10']],
    ['UEC:er_overview › table "Search for free slots"', []],
    ['PAT P9-P8', ['P9']],
  ];
  for (const [source, ids] of table) {
    it(`reads ${JSON.stringify(source)}`, () => assert.deepEqual(scalIdsFromSource(source), ids));
  }
});
