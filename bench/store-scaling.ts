// Slot search latency with 1,000 vs 1,000,000 slots in the store and the same result size: the
// store's per-schedule start index keeps the second ratio near 1.
import { getResponse } from 'msw';
import { createHandlers } from '../mocks/handlers/create-handlers.ts';
import { MockProviderState } from '../mocks/store/mock-provider-state.ts';
import { buildDefaultFixture } from '../mocks/fixtures/default-fixture.ts';
import type { ProviderData, SlotRecord } from '../mocks/domain/types.ts';
import { buildJwt } from '../src/jwt/build-jwt.ts';
import { percentile } from './load.ts';

const BASE = 'https://bench.mock.test';
const NOW = Date.parse('2026-03-16T00:00:00Z');
const STEP_MS = 10 * 60_000;
const RESULT_SLOTS = 20;

/** The default fixture's services and schedules, with `total` slots spread over its three schedules. */
function syntheticFixture(total: number): ProviderData {
  const base = buildDefaultFixture(NOW);
  const schedules = base.schedules.map((s) => s.id);
  const perSchedule = Math.ceil(total / schedules.length);
  const slots: SlotRecord[] = [];
  for (const scheduleId of schedules) {
    for (let i = 0; i < perSchedule && slots.length < total; i++) {
      const startMs = NOW + 3_600_000 + i * STEP_MS;
      const start = new Date(startMs).toISOString();
      slots.push({ id: `${scheduleId}-${i}`, identifier: `00000000-0000-4000-8000-${String(slots.length).padStart(12, '0')}`, scheduleId, start, startMs, end: new Date(startMs + STEP_MS).toISOString(), endMs: startMs + STEP_MS, status: 'free', versionId: 1 });
    }
  }
  return { ...base, slots };
}

export async function measureSearchLatency(slotCount: number, iterations = 400): Promise<{ p50Ms: number; meanMs: number; resultSlots: number }> {
  const state = new MockProviderState({ baseUrl: BASE, nowMs: NOW, fixture: syntheticFixture(slotCount) });
  const authorization = buildJwt({ audience: BASE, scope: 'organization/slot.read', nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
  // Walk-in Centre maps to schedule-1 only; the window holds exactly RESULT_SLOTS of its slots.
  const from = new Date(NOW + 3_600_000 + 50 * STEP_MS).toISOString();
  const to = new Date(NOW + 3_600_000 + (50 + RESULT_SLOTS - 1) * STEP_MS).toISOString();
  return timeSearches(state, `${BASE}/Slot?service=124459850&start=ge${encodeURIComponent(from)}&start=le${encodeURIComponent(to)}`, authorization, iterations);
}

/** p50 and mean latency of one slot search through the mock's handlers (no sockets), after a warm-up. */
export async function timeSearches(state: MockProviderState, url: string, authorization: string, iterations = 400): Promise<{ p50Ms: number; meanMs: number; resultSlots: number }> {
  const handlers = createHandlers(state);
  const once = async () => {
    const res = await getResponse(handlers, new Request(url, { headers: { authorization } }));
    return (await res?.json()) as { total: number };
  };
  const first = await once();
  for (let i = 0; i < 50; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), meanMs: times.reduce((a, b) => a + b, 0) / times.length, resultSlots: first.total };
}
