import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatInstant, formatUtcDate, startOfUtcDay } from './format-instant.ts';

const NINE_UTC = Date.parse('2026-03-16T09:00:00.750Z');

describe('formatInstant', () => {
  const table: readonly [Parameters<typeof formatInstant>[1], string][] = [
    ['Z', '2026-03-16T09:00:00Z'],
    ['+00:00', '2026-03-16T09:00:00+00:00'],
    ['+01:00', '2026-03-16T10:00:00+01:00'],
    ['-05:00', '2026-03-16T04:00:00-05:00'],
    ['+05:30', '2026-03-16T14:30:00+05:30'],
  ];
  for (const [zone, expected] of table) {
    it(`writes 09:00Z in ${zone}`, () => {
      assert.equal(formatInstant(NINE_UTC, zone), expected);
      assert.equal(Date.parse(expected), Date.parse('2026-03-16T09:00:00Z'));
    });
  }
  it('crosses the date line when the offset does', () => {
    assert.equal(formatInstant(Date.parse('2026-03-16T02:00:00Z'), '-05:00'), '2026-03-15T21:00:00-05:00');
  });
});

describe('formatUtcDate and startOfUtcDay', () => {
  it('give the UTC day', () => {
    assert.equal(formatUtcDate(Date.parse('2026-03-16T23:59:59Z')), '2026-03-16');
    assert.equal(startOfUtcDay(Date.parse('2026-03-16T23:59:59Z')), Date.parse('2026-03-16T00:00:00Z'));
  });
});
