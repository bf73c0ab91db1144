import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStartMs, dateTimeStartMs, instantMs, isFhirId, isUuid } from './fhir-primitives.ts';

const NINE_UTC = Date.UTC(2026, 2, 16, 9, 0, 0);

test('instantMs reads every offset form as the same instant (TIME-05)', () => {
  const rows: [string, number | undefined][] = [
    ['2026-03-16T09:00:00Z', NINE_UTC],
    ['2026-03-16T09:00:00.000+00:00', NINE_UTC],
    ['2026-03-16T10:00:00.000+01:00', NINE_UTC],
    ['2026-03-16T04:00:00-05:00', NINE_UTC],
    ['2026-03-16T09:00:00.123456789Z', NINE_UTC + 123],
    ['2026-03-16T09:00:00.5Z', NINE_UTC + 500],
    ['2026-03-16T09:00Z', undefined],
    ['2026-03-16T09:00:00', undefined],
    ['2026-03-16', undefined],
    ['2026-02-30T09:00:00Z', undefined],
    ['2026-03-16T24:00:00Z', undefined],
    ['2026-03-16T09:00:00+15:00', undefined],
    ['201502-07T13:28:17.239+02:00', undefined],
  ];
  for (const [input, expected] of rows) assert.equal(instantMs(input), expected, input);
  assert.equal(instantMs(1234), undefined);
});

test('dateStartMs and dateTimeStartMs accept partial precision', () => {
  assert.equal(dateStartMs('1988-07-02'), Date.UTC(1988, 6, 2));
  assert.equal(dateStartMs('1988-07'), Date.UTC(1988, 6, 1));
  assert.equal(dateStartMs('1988'), Date.UTC(1988, 0, 1));
  assert.equal(dateStartMs('1988-13-01'), undefined);
  assert.equal(dateStartMs('02/07/1988'), undefined);
  assert.equal(dateTimeStartMs('2026-03-15T18:41:07+00:00'), Date.UTC(2026, 2, 15, 18, 41, 7));
  assert.equal(dateTimeStartMs('2026-03'), Date.UTC(2026, 2, 1));
  assert.equal(dateTimeStartMs('2026-03-15T18:41:07'), undefined);
  assert.equal(dateTimeStartMs('yesterday'), undefined);
});

test('isFhirId and isUuid', () => {
  assert.equal(isFhirId('slot-0900'), true);
  assert.equal(isFhirId('a'.repeat(64)), true);
  assert.equal(isFhirId('a'.repeat(65)), false);
  assert.equal(isFhirId('Patient/1'), false);
  assert.equal(isFhirId(''), false);
  assert.equal(isUuid('EE715ABD-44EB-48F3-8E36-319C24814ABD'), true);
  assert.equal(isUuid('ee715abd44eb48f38e36319c24814abd'), false);
});
