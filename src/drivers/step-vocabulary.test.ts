import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newSlotSearch, toSlotSearchPath } from '../client/slot-search.ts';
import { describeMockTarget } from '../targets/describe-mock-target.ts';
import { resolveTarget } from '../targets/resolved-target.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { resolveConsumer } from './consumer-roles.ts';
import { applyFormatRequest, FORMAT_REQUESTS } from './format-requests.ts';
import { withExtraParam, withMalformedValue } from './query-variants.ts';
import { rewriteBounds, windowBounds } from './search-windows.ts';
import { resolveService } from './service-roles.ts';

const mock = resolveTarget(describeMockTarget({ baseUrl: 'http://127.0.0.1:4000/STU3/1/x' }), '.');
const bare = resolveTarget({ ...describeMockTarget({ baseUrl: 'http://127.0.0.1:4000/STU3/1/x' }), services: { withFreeSlots: '1' }, consumers: [{ role: 'primary', odsCode: 'A', name: 'A' }], search: {} }, '.');
const NOW = Date.parse('2026-03-16T09:00:00Z');

describe('service and consumer roles', () => {
  it('resolve to what the target declares', () => {
    assert.equal(resolveService(mock, 'the second service of the shared pair'), '2329483525');
    assert.equal(resolveService(bare, 'an unknown service'), '2000999999');
    assert.equal(resolveConsumer(mock, 'the restricted consumer').odsCode, 'B2002');
  });
  it('skip with the missing field named', () => {
    assert.throws(() => resolveService(bare, 'a service without slots'), (error: unknown) => error instanceof ScenarioSkipped && error.message === 'SKIPPED_TARGET_DATA: the target declares no services.withoutSlots (needed for "a service without slots")');
    assert.throws(() => resolveConsumer(bare, 'the restricted consumer'), { code: 'SKIPPED_TARGET_DATA', reason: 'the target declares no consumer with role "restricted" (needed for "the restricted consumer")' });
    assert.throws(() => windowBounds('the declared empty window', NOW, bare), { code: 'SKIPPED_TARGET_DATA' });
  });
});

describe('search windows', () => {
  it('puts the horizon after now and the past window wholly before it (SLOT-18)', () => {
    assert.deepEqual(windowBounds('the search horizon', NOW, mock), [{ prefix: 'ge', value: '2026-03-16T09:00:00Z' }, { prefix: 'le', value: '2026-03-18T09:00:00Z' }]);
    assert.deepEqual(windowBounds('a window entirely in the past', NOW, mock).map((b) => b.value), ['2026-03-14T09:00:00Z', '2026-03-15T09:00:00Z']);
    assert.deepEqual(windowBounds('an inverted window', NOW, mock).map((b) => b.value), ['2026-03-18T09:00:00Z', '2026-03-17T09:00:00Z']);
  });
  it('rewrites the same instants in another zone (SLOT-16)', () => {
    assert.deepEqual(rewriteBounds(windowBounds('the search horizon', NOW, mock), '-05:00').map((b) => b.value), ['2026-03-16T04:00:00-05:00', '2026-03-18T04:00:00-05:00']);
  });
});

describe('query variants', () => {
  const search = newSlotSearch('124459850', []);
  it('replaces the status with an empty one (SLOT-35)', () => {
    assert.equal(toSlotSearchPath(withMalformedValue(search, 'an empty status')), '/Slot?schedule.actor%3Ahealthcareservice=124459850&status=');
  });
  it('adds an end bound an hour ahead (SLOT-06)', () => {
    assert.equal(toSlotSearchPath(withExtraParam(search, 'an end parameter one hour from now', NOW)).endsWith('&end=le2026-03-16T10%3A00%3A00Z'), true);
  });
  it('puts _format in the query and drops Accept when asked (HTTP-02, HTTP-04)', () => {
    assert.deepEqual(applyFormatRequest('/metadata', FORMAT_REQUESTS['Accept application/fhir+xml and _format json']), { path: '/metadata?_format=json', headers: { Accept: 'application/fhir+xml' } });
    assert.deepEqual(applyFormatRequest('/metadata', FORMAT_REQUESTS['no Accept header and no _format']), { path: '/metadata', headers: { Accept: null } });
  });
});
