import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { referenceKey } from './searchset-view.ts';

describe('referenceKey', () => {
  const table: readonly [unknown, string | undefined][] = [
    ['Schedule/schedule-1', 'Schedule/schedule-1'],
    ['https://p.example/STU3/1/x/Schedule/schedule-1', 'Schedule/schedule-1'],
    ['https://p.example/STU3/1/x/Appointment/a.B-9/_history/2', 'Appointment/a.B-9'],
    ['#slot1', undefined],
    ['schedule-1', undefined],
    [42, undefined],
  ];
  for (const [reference, key] of table) {
    it(`${String(reference)} → ${String(key)}`, () => assert.equal(referenceKey(reference), key));
  }
});
