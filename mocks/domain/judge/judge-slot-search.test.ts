import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSlotSearch, rawQueryPairs } from './judge-slot-search.ts';
import { toRequestView } from './to-request-view.ts';
import { BASE, envelope, exchange, TEST_CONTEXT } from '../../fixtures/judge-test-recording.ts';

const judge = (query: string, ctx = TEST_CONTEXT) => {
  const view = toRequestView(exchange(1, { url: `/STU3/1/careconnect/booking/Slot?${query}`, headers: envelope('slot-search', 1) }), BASE);
  return Object.fromEntries(judgeSlotSearch(view, ctx).map((f) => [f.obligation, `${f.outcome}: ${f.message}`]));
};
const LE = 'start=le2026-03-17T00%3A00%3A00Z';

test('SLOT-02: one bare DoS id the provider serves, under the strict name', () => {
  assert.equal(judge(`schedule.actor:healthcareservice=2000481516&${LE}`)['SLOT-02'], 'pass: schedule.actor:healthcareservice=2000481516');
  assert.equal(judge(`schedule.actor:healthcareservice=2000481516&schedule.actor:healthcareservice=2000481517&${LE}`)['SLOT-02'],
    'fail: schedule.actor:healthcareservice was sent 2 times; send the one chosen service');
  assert.equal(judge(`schedule.actor:healthcareservice=x%7C2000481516&${LE}`)['SLOT-02'],
    'fail: schedule.actor:healthcareservice=x|2000481516 is not a bare DoS service id (no system| part, no list: C-01)');
  assert.equal(judge(`schedule.actor:healthcareservice=2000999999&${LE}`)['SLOT-02'],
    'fail: schedule.actor:healthcareservice=2000999999 is not a DoS service id this provider serves (2000481516, 2000481517)');
  assert.equal(judge(`schedule.actor:healthcareservice=2000999999&${LE}`, { ...TEST_CONTEXT, serviceIds: [] })['SLOT-02'], 'pass: schedule.actor:healthcareservice=2000999999');
});

test('SLOT-03: an upper bound; end is not one (C-25); a window wholly in the past warns', () => {
  const service = 'schedule.actor:healthcareservice=2000481516';
  assert.equal(judge(`${service}&start=lt2026-03-17`)['SLOT-03'], 'pass: upper bound lt2026-03-17');
  assert.equal(judge(`${service}&start=ge2026-03-16&end=le2026-03-17`)['SLOT-03'],
    'fail: no upper bound on start: send start=le<instant> or start=lt<instant>; `end` is not a Slot search parameter and providers ignore it (C-25)');
  assert.equal(judge(`${service}&start=le2026-03-15`)['SLOT-03'],
    'warn: the upper bound lies before the request time, so the whole window is in the past (providers answer 400: SLOT-18)');
  assert.equal(judge(service)['SLOT-04'], undefined);
});

test('SLOT-05 is informational', () => {
  assert.equal(judge(`schedule.actor:healthcareservice=2000481516&${LE}`)['SLOT-05'],
    'pass: no status parameter (MAY): any status may come back; only free slots are bookable (C-38)');
  assert.equal(judge(`schedule.actor:healthcareservice=2000481516&${LE}&status=free,busy`)['SLOT-05'], 'pass: status=free,busy');
});

test('rawQueryPairs keeps a literal "+" and decodes the rest', () => {
  assert.deepEqual(rawQueryPairs('start=ge2026-03-16T09:00:00+00:00&a%3Ab=%2B1&flag&&bad=%E0'), [
    ['start', 'ge2026-03-16T09:00:00+00:00', 'ge2026-03-16T09:00:00+00:00'],
    ['a:b', '%2B1', '+1'],
    ['flag', '', ''],
    ['bad', '%E0', '%E0'],
  ]);
});
