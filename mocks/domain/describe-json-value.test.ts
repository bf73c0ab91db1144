import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeJsonValue } from './describe-json-value.ts';

test('describeJsonValue names any JSON value without calling its conversions', () => {
  const cases: [unknown, string][] = [
    ['booked', 'booked'],
    ['x'.repeat(100), `${'x'.repeat(80)}…`],
    [undefined, 'undefined'],
    [null, 'null'],
    [3, '3'],
    [false, 'false'],
    [[1, 2], 'an array of 2'],
    [{ toString: 1 }, 'an object'],
    [{ valueOf: 1, toString: 1 }, 'an object'],
    [Object.create(null), 'an object'],
  ];
  for (const [value, expected] of cases) assert.equal(describeJsonValue(value), expected);
});
