import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIfMatch } from './parse-if-match.ts';

test('parseIfMatch reads weak and strong version ETags only', () => {
  const rows: [string | null | undefined, string | undefined][] = [
    ['W/"1"', '1'],
    ['"12"', '12'],
    ['  W/"3" ', '3'],
    ['W/"abc-1"', 'abc-1'],
    ['w/"1"', undefined],
    ['1', undefined],
    ['W/1', undefined],
    ['*', undefined],
    ['W/"1", W/"2"', undefined],
    ['W/""', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [header, expected] of rows) assert.equal(parseIfMatch(header), expected, String(header));
});
