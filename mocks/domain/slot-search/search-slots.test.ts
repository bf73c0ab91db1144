import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildF1Fixture, F1_CONSUMER_Y0X1A, F1_CONSUMER_Y0X2B, F1_PROVIDER_ASID, F1_SERVICE_A, F1_SERVICE_B, F1_UNKNOWN_SERVICE } from '../../fixtures/f1-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { strictProviderConfig, type ProviderConfig } from '../provider-config.ts';
import type { ProviderData, RequestingConsumer } from '../types.ts';
import { parseSlotQuery } from './parse-slot-query.ts';
import { searchSlots, type SlotSearchOutcome } from './search-slots.ts';

const NOW = Date.parse('2026-03-15T18:37:02.114Z');
const Y0X1A: RequestingConsumer = { odsCode: F1_CONSUMER_Y0X1A.odsCode, asid: F1_CONSUMER_Y0X1A.asid };
const Y0X2B: RequestingConsumer = { odsCode: F1_CONSUMER_Y0X2B.odsCode, asid: F1_CONSUMER_Y0X2B.asid };

function search(
  q: string,
  { consumer = Y0X1A, data = buildF1Fixture(), config = strictProviderConfig, nowMs = NOW }: { consumer?: RequestingConsumer; data?: ProviderData; config?: ProviderConfig; nowMs?: number } = {},
): SlotSearchOutcome {
  const parsed = parseSlotQuery([...new URLSearchParams(q)], config);
  assert.ok(parsed.ok, q);
  return searchSlots(parsed.query, consumer, new ProviderStore(data), nowMs, config);
}

function ids(outcome: SlotSearchOutcome): string[] {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.problem.diagnostics);
  return outcome.result.matched.map((s) => s.id);
}

const DAY = 'start=ge2026-03-16&start=le2026-03-16';

test('searchSlots: a schedule shared by two services serves both; each service sees only its own schedules (SLOT-07, SLOT-12)', () => {
  const cases: readonly [string, string[]][] = [
    [F1_SERVICE_A, ['slot-0850', 'slot-0900', 'slot-0915', 'slot-1000', 'slot-1100r', 'slot-2330']],
    [F1_SERVICE_B, ['slot-0850', 'slot-0900', 'slot-n0900', 'slot-0915', 'slot-1000', 'slot-1100r', 'slot-2330']],
  ];
  for (const [service, expected] of cases) assert.deepEqual(ids(search(`service=${service}&${DAY}`)), expected, service);
  const b = search(`service=${F1_SERVICE_B}&${DAY}`);
  assert.ok(b.ok);
  assert.deepEqual(b.result.scheduleIds, ['sch-gp-1', 'sch-nurse-2']);
  assert.equal(b.result.service?.id, 'hcs-ooh');
});

test('searchSlots: start-only filtering with inclusive ge/le and exclusive gt/lt boundaries (SLOT-15)', () => {
  const cases: readonly [string, string[]][] = [
    ['start=ge2026-03-16T09:00:00Z&start=le2026-03-16T09:15:00Z', ['slot-0900', 'slot-0915']],
    ['start=gt2026-03-16T09:00:00Z&start=le2026-03-16T09:15:00Z', ['slot-0915']],
    ['start=ge2026-03-16T09:00:00Z&start=lt2026-03-16T09:15:00Z', ['slot-0900']],
    ['start=ge2026-03-16T09:00:00.001Z&start=lt2026-03-16T09:15:00Z', []],
    ['start=ge2026-03-16T08:50:00Z&start=le2026-03-16T08:50:00Z', ['slot-0850']],
    ['start=eq2026-03-16T09:15:00Z', ['slot-0915']],
    ['start=eq2026-03-16T09:15Z', ['slot-0915']],
  ];
  for (const [window, expected] of cases) assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&${window}`)), expected, window);
});

test('searchSlots: the same window in +01:00, -05:00, Z and +00:00 gives the same slots (SLOT-16, TIME-03)', () => {
  const windows = [
    'start=ge2026-03-16T10:00:00%2B01:00&start=le2026-03-16T10:15:00%2B01:00',
    'start=ge2026-03-16T04:00:00-05:00&start=le2026-03-16T04:15:00-05:00',
    'start=ge2026-03-16T09:00:00Z&start=le2026-03-16T09:15:00Z',
    'start=ge2026-03-16T09:00:00%2B00:00&start=le2026-03-16T09:15:00%2B00:00',
  ];
  for (const window of windows) assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&${window}`)), ['slot-0900', 'slot-0915'], window);
});

test('searchSlots: partial precision is a range: le2026-03-16 includes 23:30 that day (SLOT-17)', () => {
  assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&start=ge2026-03-16T23:00:00Z&start=le2026-03-16`)), ['slot-2330']);
  assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&start=ge2026-03-16T23:00:00Z&start=lt2026-03-17`)), ['slot-2330']);
  assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&start=gt2026-03-16`)), []);
});

test('searchSlots: status filter; no status means any (SLOT-13, C-38)', () => {
  const cases: readonly [string, string[]][] = [
    ['&status=busy', ['slot-1000']],
    ['&status=free,busy', ['slot-0900', 'slot-0915', 'slot-1000']],
    ['', ['slot-0900', 'slot-0915', 'slot-1000']],
    ['&status=free', ['slot-0900', 'slot-0915']],
    ['&status=busy-tentative', []],
  ];
  for (const [status, expected] of cases) {
    assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&start=ge2026-03-16T09:00:00Z&start=le2026-03-16T10:00:00Z${status}`)), expected, status);
  }
});

test('searchSlots: release rules by organisation withhold slot-1100r from Y0X2B and count it (SLOT-08)', () => {
  const window = `service=${F1_SERVICE_A}&start=ge2026-03-16T10:30:00Z&start=le2026-03-16T11:30:00Z`;
  const forA = search(window, { consumer: Y0X1A });
  assert.deepEqual(ids(forA), ['slot-1100r']);
  assert.equal(forA.ok && forA.result.withheldCount, 0);
  const forB = search(window, { consumer: Y0X2B });
  assert.deepEqual(ids(forB), []);
  assert.equal(forB.ok && forB.result.withheldCount, 1);
});

test('searchSlots: a consumer every slot is released away from gets nothing, and the withheld count says why (SLOT-08, C-06)', () => {
  const f1 = buildF1Fixture();
  const schedules = f1.schedules.map((s) => ({ ...s, release: { odsCodes: ['Z9Z9Z'] } }));
  const outcome = search(`service=${F1_SERVICE_B}&${DAY}&status=free`, { data: { ...f1, schedules }, consumer: Y0X2B });
  assert.deepEqual(outcome, { ok: true, result: { service: f1.healthcareServices[1], matchedBy: 'dos-id', scheduleIds: ['sch-gp-1', 'sch-nurse-2'], matched: [], withheldCount: 6 } });
});

test('searchSlots: release by ASID, and on both the schedule and the slot (SLOT-08)', () => {
  const f1 = buildF1Fixture();
  const slots = f1.slots.map((s) => (s.id === 'slot-0900' ? { ...s, release: { asids: ['111111111111'] } } : s));
  const schedules = f1.schedules.map((s) => (s.id === 'sch-gp-1' ? { ...s, release: { odsCodes: ['Y0X1A', 'Y0X2B'] } } : s));
  const data = { ...f1, slots, schedules };
  const window = `service=${F1_SERVICE_A}&start=ge2026-03-16T09:00:00Z&start=le2026-03-16T09:15:00Z`;
  assert.deepEqual(ids(search(window, { data, consumer: Y0X1A })), ['slot-0915']);
  assert.deepEqual(ids(search(window, { data, consumer: { odsCode: 'Y0X1A', asid: '111111111111' } })), ['slot-0900', 'slot-0915']);
  assert.deepEqual(ids(search(window, { data, consumer: { odsCode: 'Y0X1A' } })), ['slot-0915']);
  assert.deepEqual(ids(search(window, { data, consumer: { odsCode: 'Q1Q1Q', asid: '111111111111' } })), []);
});

test('searchSlots: an unknown service is 404 naming the id, or 200 empty when configured (SLOT-10, C-05)', () => {
  assert.deepEqual(search(`service=${F1_UNKNOWN_SERVICE}&${DAY}`), {
    ok: false,
    problem: { code: 'UNKNOWN_SERVICE', diagnostics: 'Healthcare service 2000999999 is not configured at this provider', expression: ['service'] },
  });
  const lenient = { ...strictProviderConfig, unknownServiceStatus: 200 } as const;
  assert.deepEqual(search(`service=${F1_UNKNOWN_SERVICE}&${DAY}`, { config: lenient }), {
    ok: true,
    result: { matchedBy: 'unconfigured', scheduleIds: [], matched: [], withheldCount: 0 },
  });
});

test('searchSlots: the logical id names a service only when serviceValueMatch allows it (C-01)', () => {
  // F1's HS-B has logical id hcs-ooh and DoS id 2000481517.
  assert.equal(search(`service=hcs-ooh&${DAY}`).ok, false);
  const lenient = { ...strictProviderConfig, serviceValueMatch: 'identifierOrLogicalId' } as const;
  const byLogicalId = search(`service=hcs-ooh&${DAY}`, { config: lenient });
  assert.deepEqual(ids(byLogicalId), ids(search(`service=${F1_SERVICE_B}&${DAY}`)));
  assert.deepEqual(byLogicalId.ok && byLogicalId.result.scheduleIds, ['sch-gp-1', 'sch-nurse-2']);
});

test('searchSlots: an ASID token names a service only when allowed and mapped (C-02)', () => {
  const f1 = buildF1Fixture();
  const data = { ...f1, mapping: [...f1.mapping, { dosId: F1_PROVIDER_ASID, scheduleId: 'sch-nurse-2' }] };
  const q = `service=${F1_PROVIDER_ASID}&${DAY}`;
  assert.equal(search(q, { data }).ok, false);
  const allowed = { ...strictProviderConfig, allowAsidAsServiceId: true };
  const outcome = search(q, { data, config: allowed });
  assert.deepEqual(ids(outcome), ['slot-n0900']);
  assert.equal(outcome.ok && outcome.result.matchedBy, 'asid');
  assert.equal(search(q, { config: allowed }).ok, false, 'no mapping row for the ASID: still unknown');
});

test('searchSlots: both window ends in the past is 400; a past lower bound alone is fine; inverted is empty (SLOT-18, C-25)', () => {
  const later = Date.parse('2026-03-20T12:00:00Z');
  assert.deepEqual(search(`service=${F1_SERVICE_A}&start=ge2026-03-16&start=le2026-03-17`, { nowMs: later }), {
    ok: false,
    problem: {
      code: 'WINDOW_IN_PAST',
      diagnostics: 'Both ends of the search window are in the past (start from 2026-03-16T00:00:00.000Z to 2026-03-17T23:59:59.999Z, now 2026-03-20T12:00:00.000Z)',
      expression: ['start'],
    },
  });
  const midday = Date.parse('2026-03-16T12:00:00Z');
  assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&start=ge2026-03-16T00:00Z&start=le2026-03-17&status=free`, { nowMs: midday })), ['slot-0850', 'slot-0900', 'slot-0915', 'slot-1100r', 'slot-2330']);
  assert.deepEqual(ids(search(`service=${F1_SERVICE_A}&start=le2026-03-16`, { nowMs: later })), ['slot-0850', 'slot-0900', 'slot-0915', 'slot-1000', 'slot-1100r', 'slot-2330']);
  assert.deepEqual(search(`service=${F1_SERVICE_A}&start=ge2026-03-17&start=le2026-03-16`), { ok: true, result: { service: buildF1Fixture().healthcareServices[0], matchedBy: 'dos-id', scheduleIds: ['sch-gp-1'], matched: [], withheldCount: 0 } });
});

test('searchSlots: reads only the mapped schedules, through slotsInRange with the query window', () => {
  const store = new ProviderStore(buildF1Fixture());
  const calls: [string, number, number][] = [];
  const spy = (scheduleId: string, fromMs: number, toMs: number) => {
    calls.push([scheduleId, fromMs, toMs]);
    return store.slotsInRange(scheduleId, fromMs, toMs);
  };
  const view = new Proxy(store, {
    get(target, prop) {
      if (prop === 'slotsInRange') return spy;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const parsed = parseSlotQuery([...new URLSearchParams(`service=${F1_SERVICE_B}&start=ge2026-03-16T09:00:00Z`)], strictProviderConfig);
  assert.ok(parsed.ok);
  searchSlots(parsed.query, Y0X1A, view, NOW, strictProviderConfig);
  const from = Date.parse('2026-03-16T09:00:00Z');
  assert.deepEqual(calls, [['sch-gp-1', from, Infinity], ['sch-nurse-2', from, Infinity]]);
});
