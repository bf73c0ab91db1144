import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidNhsNumber } from './is-valid-nhs-number.ts';

test('isValidNhsNumber applies the Modulus 11 check (BOOK-29)', () => {
  const rows: [unknown, boolean][] = [
    ['9691112221', true],
    ['9483726158', true],
    ['9483726159', false], // the catalogue's changed check digit
    ['4010232137', true],
    ['2000000010', true], // remainder 0 → check digit 0
    ['2000000011', false],
    ['1000000010', false], // remainder 1 → check 10: never issued
    ['948372615', false],
    ['94837261588', false],
    ['948 372 6158', false],
    ['94837261a8', false],
    [9483726158, false],
    [undefined, false],
  ];
  for (const [input, expected] of rows) assert.equal(isValidNhsNumber(input), expected, String(input));
});
