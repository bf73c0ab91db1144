import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toSlotSearchPath } from './slot-search.ts';

describe('toSlotSearchPath', () => {
  it('writes the canonical request of the catalogue, with + and : percent-encoded', () => {
    const path = toSlotSearchPath({
      service: { name: 'schedule.actor:healthcareservice', value: '2000481516' },
      start: [{ prefix: 'ge', value: '2026-03-16T09:00:00+00:00' }, { prefix: 'le', value: '2026-03-16T09:15:00+00:00' }],
      status: 'free',
      includes: [{ name: '_include', value: 'Slot:schedule' }, { name: '_include:iterate', value: 'Schedule:actor:HealthcareService' }],
      extra: [],
    });
    assert.equal(
      path,
      '/Slot?schedule.actor%3Ahealthcareservice=2000481516&start=ge2026-03-16T09%3A00%3A00%2B00%3A00&start=le2026-03-16T09%3A15%3A00%2B00%3A00&status=free&_include=Slot%3Aschedule&_include%3Aiterate=Schedule%3Aactor%3AHealthcareService',
    );
  });
  it('leaves out what the search does not carry and keeps extras verbatim', () => {
    assert.equal(toSlotSearchPath({ start: [], includes: [], extra: [['foo', 'bar'], ['status', '']] }), '/Slot?foo=bar&status=');
    assert.equal(toSlotSearchPath({ start: [], includes: [], extra: [] }), '/Slot');
  });
});

describe('slot search revisions', () => {
  it('change one aspect at a time', async () => {
    const { newSlotSearch, withServiceParamName, withoutService, withStatus, withIncludes, withExtra } = await import('./slot-search.ts');
    const base = newSlotSearch('124459850', [{ prefix: 'ge', value: '2026-03-16T09:00:00Z' }]);
    assert.equal(toSlotSearchPath(withServiceParamName(base, 'service')), '/Slot?service=124459850&start=ge2026-03-16T09%3A00%3A00Z&status=free');
    assert.equal(toSlotSearchPath(withStatus(withoutService(base), undefined)), '/Slot?start=ge2026-03-16T09%3A00%3A00Z');
    const twice = withIncludes(withIncludes(base, [{ name: '_include', value: 'Slot:schedule' }]), [{ name: '_include', value: 'Slot:schedule' }]);
    assert.equal(twice.includes.length, 1);
    assert.equal(toSlotSearchPath(withExtra(base, [['foo', 'bar']])).endsWith('&foo=bar'), true);
  });
});
