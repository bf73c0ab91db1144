import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSatisfies } from './expect-slot-times.ts';

const at = (iso: string) => Date.parse(iso);

describe('startSatisfies (SLOT-15, SLOT-17)', () => {
  const table: readonly [string, Parameters<typeof startSatisfies>[1], boolean][] = [
    ['2026-03-16T09:00:00Z', { prefix: 'ge', value: '2026-03-16T09:00:00Z' }, true],
    ['2026-03-16T08:50:00Z', { prefix: 'ge', value: '2026-03-16T09:00:00Z' }, false],
    ['2026-03-16T09:15:00Z', { prefix: 'le', value: '2026-03-16T09:15:00+00:00' }, true],
    ['2026-03-16T09:15:00Z', { prefix: 'lt', value: '2026-03-16T09:15:00Z' }, false],
    ['2026-03-16T09:00:00Z', { prefix: 'gt', value: '2026-03-16T09:00:00Z' }, false],
    ['2026-03-16T09:00:00Z', { prefix: 'le', value: '2026-03-16T10:00:00+01:00' }, true],
    ['2026-03-16T23:30:00Z', { prefix: 'le', value: '2026-03-16' }, true],
    ['2026-03-17T00:00:00Z', { prefix: 'le', value: '2026-03-16' }, false],
    ['2026-03-16T00:00:00Z', { prefix: 'gt', value: '2026-03-16' }, false],
    ['2026-03-17T00:00:00Z', { prefix: 'gt', value: '2026-03-16' }, true],
    ['2026-03-16T12:00:00Z', { prefix: 'eq', value: '2026-03-16' }, true],
  ];
  for (const [start, bound, expected] of table) {
    it(`${start} ${bound.prefix} ${bound.value} → ${expected}`, () => assert.equal(startSatisfies(at(start), bound), expected));
  }
});
