import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture, CONSUMER_A1001, CONSUMER_B2002, SERVICE_OOH, SERVICE_UTC, SERVICE_WALK_IN } from '../../fixtures/default-fixture.ts';
import { buildF1Fixture, F1_SERVICE_A, F1_UNKNOWN_SERVICE } from '../../fixtures/f1-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { strictProviderConfig } from '../provider-config.ts';
import type { RequestingConsumer } from '../types.ts';
import { explainSlotSearch } from './explain-slot-search.ts';
import { parseSlotQuery } from './parse-slot-query.ts';
import { searchSlots } from './search-slots.ts';
import type { SlotQuery } from './slot-query.ts';

function query(q: string): SlotQuery {
  const parsed = parseSlotQuery([...new URLSearchParams(q)], strictProviderConfig);
  assert.ok(parsed.ok, q);
  return parsed.query;
}

test('explainSlotSearch agrees with searchSlots on the default fixture (both consumers, all services)', () => {
  const nowMs = Date.parse('2026-03-10T07:30:00Z');
  const data = buildDefaultFixture(nowMs);
  const store = new ProviderStore(data);
  const slotById = new Map(data.slots.map((s) => [s.id, s]));
  const windows = ['', '&status=free', '&status=busy&start=ge2026-03-11', '&start=ge2026-03-11T09:00:00Z&start=le2026-03-13T12:00:00%2B01:00&status=free,busy', '&start=ge2026-03-12&start=le2026-03-11'];
  let compared = 0;
  for (const consumer of [CONSUMER_A1001, CONSUMER_B2002]) {
    for (const service of [SERVICE_WALK_IN, SERVICE_UTC, SERVICE_OOH]) {
      for (const window of windows) {
        const q = query(`schedule.actor:healthcareservice=${service}${window}`);
        const label = `${consumer.odsCode} ${service} ${window}`;
        const found = searchSlots(q, consumer, store, nowMs, strictProviderConfig);
        assert.ok(found.ok, label);
        const explained = explainSlotSearch(q, consumer, store, nowMs, strictProviderConfig, data.slots);
        const returned = explained.slots.filter((v) => v.verdict === 'returned').map((v) => v.slotId);
        assert.deepEqual(returned.sort(), found.result.matched.map((s) => s.id).sort(), label);
        // The withheld count is the released-elsewhere slots that pass every other filter.
        const withheld = explained.slots.filter((v) => {
          const startMs = slotById.get(v.slotId)?.startMs ?? NaN;
          return v.verdict.startsWith('not-released') && (!q.statuses || q.statuses.includes(v.status)) && startMs >= q.window.fromMs && startMs <= q.window.toMs;
        });
        assert.equal(withheld.length, found.result.withheldCount, label);
        compared += found.result.matched.length;
      }
    }
  }
  assert.ok(compared > 500, `the comparison must cover real slots (covered ${compared})`);
  // B2002 must actually lose slots to release rules in this fixture, or the agreement is vacuous.
  const qOoh = query(`service=${SERVICE_OOH}`);
  const codes = new Set(explainSlotSearch(qOoh, CONSUMER_B2002, store, nowMs, strictProviderConfig, data.slots).slots.map((v) => v.verdict));
  assert.deepEqual([...codes].sort(), ['not-released-to-organisation', 'not-released-to-system', 'returned', 'schedule-not-mapped']);
});

test('explainSlotSearch: the first rule that withheld each slot, with obligation and sentence (F1)', () => {
  const data = buildF1Fixture();
  const store = new ProviderStore(data);
  const nowMs = Date.parse('2026-03-15T18:37:02.114Z');
  const consumer: RequestingConsumer = { odsCode: 'Y0X2B', asid: '928374650022' };
  const q = query(`schedule.actor:healthcareservice=${F1_SERVICE_A}&start=ge2026-03-16T09:00:00Z&start=le2026-03-16T11:15:00Z&status=free`);
  const explained = explainSlotSearch(q, consumer, store, nowMs, strictProviderConfig, data.slots);
  assert.deepEqual(explained.service, { requested: '2000481516', param: 'schedule.actor:healthcareservice', id: 'hcs-utc', name: 'Riverside Urgent Treatment Centre' });
  assert.deepEqual(explained.mappedSchedules, [{ id: 'sch-gp-1', name: 'GP diary, Riverside', servesServices: ['2000481516', '2000481517'] }]);
  assert.deepEqual(explained.consumer, consumer);
  assert.deepEqual(explained.window, { from: '2026-03-16T09:00:00.000Z', to: '2026-03-16T11:15:00.999Z' });
  assert.deepEqual(explained.statuses, ['free']);
  assert.equal(explained.problem, undefined);
  assert.deepEqual(explained.slots.map(({ slotId, verdict, obligation, reason }) => ({ slotId, verdict, obligation, reason })), [
    { slotId: 'slot-0850', verdict: 'before-window', obligation: 'SLOT-15', reason: 'Slot slot-0850 starts at 2026-03-16T08:50:00.000Z, before the window start 2026-03-16T09:00:00.000Z' },
    { slotId: 'slot-0900', verdict: 'returned', obligation: undefined, reason: 'Slot slot-0900 is returned' },
    { slotId: 'slot-0915', verdict: 'returned', obligation: undefined, reason: 'Slot slot-0915 is returned' },
    { slotId: 'slot-1000', verdict: 'status-filtered', obligation: 'SLOT-13', reason: 'Slot slot-1000 is busy; the search asked for status free' },
    { slotId: 'slot-1100r', verdict: 'not-released-to-organisation', obligation: 'SLOT-08', reason: 'Slot slot-1100r is released by its own release rule only to organisation(s) Y0X1A, not to Y0X2B' },
    { slotId: 'slot-2330', verdict: 'after-window', obligation: 'SLOT-15', reason: 'Slot slot-2330 starts at 2026-03-16T23:30:00.000Z, after the window end 2026-03-16T11:15:00.999Z' },
    { slotId: 'slot-n0900', verdict: 'schedule-not-mapped', obligation: 'SLOT-07', reason: 'Slot slot-n0900 belongs to schedule sch-nurse-2, which serves service(s) 2000481517, not service 2000481516' },
  ]);
});

test('explainSlotSearch: one slot by id or identifier; an unknown slot; a refused search', () => {
  const data = buildF1Fixture();
  const store = new ProviderStore(data);
  const nowMs = Date.parse('2026-03-15T18:37:02.114Z');
  const consumer: RequestingConsumer = { odsCode: 'Y0X1A' };
  const q = query(`service=${F1_SERVICE_A}`);
  const byId = explainSlotSearch(q, consumer, store, nowMs, strictProviderConfig, data.slots, 'slot-0915');
  const byIdentifier = explainSlotSearch(q, consumer, store, nowMs, strictProviderConfig, data.slots, 'a41eb1b5-f1ce-4588-bfcd-8d09549ba09a');
  assert.deepEqual(byId, byIdentifier);
  assert.deepEqual(byId.slots, [{
    slotId: 'slot-0915', identifier: 'a41eb1b5-f1ce-4588-bfcd-8d09549ba09a', scheduleId: 'sch-gp-1', start: '2026-03-16T09:15:00.000+00:00', status: 'free', verdict: 'returned', reason: 'Slot slot-0915 is returned',
    rule: 'mapping[0]: service 2000481516 → schedule sch-gp-1',
  }]);
  assert.deepEqual(byId.window, {});
  const unknown = explainSlotSearch(q, consumer, store, nowMs, strictProviderConfig, data.slots, 'slot-9999');
  assert.deepEqual([unknown.slots, unknown.unknownSlotId], [[], 'slot-9999']);

  const refused = explainSlotSearch(query(`service=${F1_UNKNOWN_SERVICE}`), consumer, store, nowMs, strictProviderConfig, data.slots, 'slot-0900');
  assert.deepEqual(refused.problem, { code: 'UNKNOWN_SERVICE', diagnostics: 'Healthcare service 2000999999 is not configured at this provider', expression: ['service'] });
  assert.deepEqual(refused.service, { requested: '2000999999', param: 'service' });
  assert.deepEqual(refused.mappedSchedules, []);
  assert.deepEqual(refused.slots.map((v) => [v.verdict, v.obligation, v.reason]), [['search-refused', 'SLOT-10', 'Healthcare service 2000999999 is not configured at this provider']]);
});

test('explainSlotSearch names the mapping row or release rule of the provider file behind each verdict', () => {
  const nowMs = Date.parse('2026-03-16T07:00:00Z');
  const data = buildDefaultFixture(nowMs);
  const store = new ProviderStore(data);
  const explained = explainSlotSearch(query(`service=${SERVICE_OOH}&start=ge2026-03-16T08:00:00Z&start=le2026-03-16T08:40:00Z`), CONSUMER_B2002, store, nowMs, strictProviderConfig, data.slots);
  const rules = explained.slots.filter((v) => v.start.startsWith('2026-03-16T08:')).map((v) => `${v.slotId} ${v.verdict} | ${v.rule}`);
  assert.deepEqual(rules, [
    's1-20260316-0800 schedule-not-mapped | no mapping row links service 0123944122 to schedule schedule-1 (its rows: mapping[0]: service 124459850 → schedule schedule-1; mapping[1]: service 2329483525 → schedule schedule-1)',
    's1-20260316-0820 schedule-not-mapped | no mapping row links service 0123944122 to schedule schedule-1 (its rows: mapping[0]: service 124459850 → schedule schedule-1; mapping[1]: service 2329483525 → schedule schedule-1)',
    's1-20260316-0840 schedule-not-mapped | no mapping row links service 0123944122 to schedule schedule-1 (its rows: mapping[0]: service 124459850 → schedule schedule-1; mapping[1]: service 2329483525 → schedule schedule-1)',
    's2-20260316-0800 returned | mapping[3]: service 0123944122 → schedule schedule-2',
    's2-20260316-0820 returned | mapping[3]: service 0123944122 → schedule schedule-2',
    's2-20260316-0840 returned | mapping[3]: service 0123944122 → schedule schedule-2',
    's3-20260316-0800 not-released-to-organisation | release[2]: schedule schedule-3 released only to ODS A1001',
    's3-20260316-0820 not-released-to-organisation | release[2]: schedule schedule-3 released only to ODS A1001',
    's3-20260316-0840 not-released-to-organisation | release[2]: schedule schedule-3 released only to ODS A1001',
  ]);
  const walkIn = explainSlotSearch(query(`service=${SERVICE_WALK_IN}`), CONSUMER_B2002, store, nowMs, strictProviderConfig, data.slots, 's1-20260316-0840');
  assert.equal(walkIn.slots[0].rule, 'release[0]: slot s1-20260316-0840 released only to ODS A1001');
  const utc = explainSlotSearch(query(`service=${SERVICE_UTC}`), { odsCode: CONSUMER_B2002.odsCode, asid: CONSUMER_B2002.asid }, store, nowMs, strictProviderConfig, data.slots, 's2-20260316-1120');
  assert.deepEqual([utc.slots[0].verdict, utc.slots[0].rule], ['not-released-to-system', 'release[1]: slot s2-20260316-1120 released only to ASID 900000000101']);
  for (const v of explainSlotSearch(query(`service=${SERVICE_UTC}`), CONSUMER_A1001, store, nowMs, strictProviderConfig, data.slots).slots) assert.ok(v.rule, v.slotId);
});
