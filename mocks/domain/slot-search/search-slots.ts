// The Slot search itself: the slots of the schedules mapped to the service, inside the window, of
// the requested statuses, released to the requesting consumer. Reads only the slots inside the
// window (view.slotsInRange), so its cost does not grow with the size of the store.
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import type { ProviderView } from '../provider-view.ts';
import type { HealthcareServiceRecord, RequestingConsumer, SlotRecord } from '../types.ts';
import { findReleaseWithholding } from './find-release-withholding.ts';
import { resolveSearchScope } from './resolve-search-scope.ts';
import type { SlotQuery } from './slot-query.ts';

export interface SlotSearchResult {
  /** The service searched for (C-13: the HealthcareService actor of every returned Schedule). */
  readonly service?: HealthcareServiceRecord;
  readonly matchedBy: 'dos-id' | 'asid' | 'unconfigured';
  readonly scheduleIds: readonly string[];
  /** Returned slots, sorted by start then id. */
  readonly matched: readonly SlotRecord[];
  /** Slots that met every criterion but release (C-06: "slots restricted to other consumers"). */
  readonly withheldCount: number;
}

export type SlotSearchOutcome = { readonly ok: true; readonly result: SlotSearchResult } | { readonly ok: false; readonly problem: Problem };

export function searchSlots(
  query: SlotQuery,
  consumer: RequestingConsumer,
  view: ProviderView,
  nowMs: number,
  config: ProviderConfig,
): SlotSearchOutcome {
  const scope = resolveSearchScope(query, view, nowMs, config);
  if (!scope.ok) return scope;
  const { fromMs, toMs } = query.window;
  const matched: SlotRecord[] = [];
  let withheldCount = 0;
  // SLOT-07 / SLOT-12: every schedule mapped to the service, and only those.
  for (const scheduleId of scope.scheduleIds) {
    const schedule = view.schedule(scheduleId);
    // SLOT-15: slotsInRange filters on start alone, inclusive at both ends (C-25: inverted → none).
    for (const slot of view.slotsInRange(scheduleId, fromMs, toMs)) {
      // SLOT-13 / C-38: no status parameter means any status.
      if (query.statuses && !query.statuses.includes(slot.status)) continue;
      // SLOT-08: the schedule's and the slot's release rules must both admit the consumer.
      if (findReleaseWithholding(schedule, slot, consumer)) {
        withheldCount++;
        continue;
      }
      matched.push(slot);
    }
  }
  matched.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const service = scope.service ? { service: scope.service } : {};
  return { ok: true, result: { ...service, matchedBy: scope.matchedBy, scheduleIds: scope.scheduleIds, matched, withheldCount } };
}
