import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
});
