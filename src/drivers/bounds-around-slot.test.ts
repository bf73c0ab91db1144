import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ZoneDesignator } from '../client/format-instant.ts';
import { boundsAroundSlot } from './bounds-around-slot.ts';

const S = Date.parse('2026-03-16T09:00:00Z');

describe('boundsAroundSlot', () => {
  it('puts both inclusive bounds on the start', () => {
    assert.deepEqual(boundsAroundSlot("on that slot's start", S), [{ prefix: 'ge', value: '2026-03-16T09:00:00Z' }, { prefix: 'le', value: '2026-03-16T09:00:00Z' }]);
  });
  it('writes the day as a partial date for SLOT-17', () => {
    assert.deepEqual(boundsAroundSlot("up to that slot's day written as a date", S), [{ prefix: 'ge', value: '2026-03-16T09:00:00Z' }, { prefix: 'le', value: '2026-03-16' }]);
    assert.deepEqual(boundsAroundSlot("up to the end of that slot's day as an instant", S)[1], { prefix: 'lt', value: '2026-03-17T00:00:00Z' });
  });
  it('starts ten minutes into the slot, so overlap alone cannot include it', () => {
    assert.deepEqual(boundsAroundSlot("from ten minutes after that slot's start", S)[0], { prefix: 'ge', value: '2026-03-16T09:10:00Z' });
  });

  // SLOT-16 / TIME-03: the same instants in another offset.
  const zoned: readonly [ZoneDesignator, string][] = [
    ['+00:00', '2026-03-16T09:00:00+00:00'],
    ['+01:00', '2026-03-16T10:00:00+01:00'],
    ['-05:00', '2026-03-16T04:00:00-05:00'],
    ['+05:30', '2026-03-16T14:30:00+05:30'],
  ];
  for (const [zone, written] of zoned) {
    it(`writes the bounds on the start in ${zone}`, () => {
      assert.deepEqual(boundsAroundSlot("on that slot's start", S, zone), [{ prefix: 'ge', value: written }, { prefix: 'le', value: written }]);
    });
  }
  it('moves off the slot when read without its offset, whatever the zone but UTC', () => {
    const misread = zoned.map(([zone]) => Date.parse(boundsAroundSlot("on that slot's start", S, zone)[0].value.slice(0, 19) + 'Z') - S);
    assert.deepEqual(misread, [0, 3_600_000, -18_000_000, 19_800_000]);
  });
  it('leaves a date bound as a date in another offset', () => {
    assert.deepEqual(boundsAroundSlot("up to that slot's day written as a date", S, '+01:00'), [{ prefix: 'ge', value: '2026-03-16T10:00:00+01:00' }, { prefix: 'le', value: '2026-03-16' }]);
  });
});
