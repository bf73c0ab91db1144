// "Why don't I see slot X?": for every slot (or one), whether a search returns it, and if not the
// FIRST rule that withheld it, as a stable code, the obligation id and a sentence. It applies the
// same rules as searchSlots (shared scope and release rules), so the two agree on what is returned.
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import type { ProviderView } from '../provider-view.ts';
import type { ReleaseRule, RequestingConsumer, ServiceScheduleLink, SlotRecord, SlotStatus } from '../types.ts';
import { findReleaseWithholding, type Withholding } from './find-release-withholding.ts';
import { resolveSearchScope, type SearchScope } from './resolve-search-scope.ts';
import type { SlotQuery } from './slot-query.ts';

export type SlotVerdictCode =
  | 'returned'
  | 'search-refused'
  | 'schedule-not-mapped'
  | 'not-released-to-organisation'
  | 'not-released-to-system'
  | 'status-filtered'
  | 'before-window'
  | 'after-window';

export interface SlotVerdict {
  readonly slotId: string;
  readonly identifier: string;
  readonly scheduleId: string;
  readonly start: string;
  readonly status: SlotStatus;
  readonly verdict: SlotVerdictCode;
  /** The obligation of the rule that withheld the slot; absent when it is returned. */
  readonly obligation?: string;
  readonly reason: string;
  /**
   * The configuration behind the verdict: the mapping row that brings the slot's schedule into
   * the search, or the release rule that withholds it (as named in the provider file).
   */
  readonly rule?: string;
}

export interface SlotExplanation {
  readonly service: { readonly requested: string; readonly param: string; readonly id?: string; readonly name?: string };
  readonly mappedSchedules: readonly { readonly id: string; readonly name?: string; readonly servesServices: readonly string[] }[];
  readonly consumer: RequestingConsumer;
  readonly window: { readonly from?: string; readonly to?: string };
  readonly statuses?: readonly string[];
  /** Set when the search itself is refused (SLOT-10, SLOT-18). */
  readonly problem?: Problem;
  readonly slots: readonly SlotVerdict[];
  /** Set when `onlySlotId` matched no slot id or identifier. */
  readonly unknownSlotId?: string;
}

type Judgement = Pick<SlotVerdict, 'verdict' | 'obligation' | 'reason' | 'rule'>;

function describeRow(row: ServiceScheduleLink): string {
  return `${row.source ?? 'mapping row'}: service ${row.dosId} → schedule ${row.scheduleId}`;
}

function describeRelease(rule: ReleaseRule | undefined, withheld: Withholding, slot: SlotRecord): string {
  const what = withheld.by === 'schedule' ? `schedule ${slot.scheduleId}` : `slot ${slot.id}`;
  const to = [...(rule?.odsCodes ?? []).map((c) => `ODS ${c}`), ...(rule?.asids ?? []).map((a) => `ASID ${a}`)].join(', ');
  return `${rule?.source ?? 'release rule'}: ${what} released only to ${to}`;
}

function unmappedRule(slot: SlotRecord, serviceId: string, view: ProviderView): string {
  const rows = view.serviceDosIdsForSchedule(slot.scheduleId).flatMap((dosId) => {
    const row = view.mappingRow(dosId, slot.scheduleId);
    return row ? [describeRow(row)] : [];
  });
  return `no mapping row links service ${serviceId} to schedule ${slot.scheduleId}${rows.length ? ` (its rows: ${rows.join('; ')})` : ''}`;
}

const REFUSAL_OBLIGATION: Partial<Record<Problem['code'], string>> = { UNKNOWN_SERVICE: 'SLOT-10', WINDOW_IN_PAST: 'SLOT-18' };

function iso(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function judge(slot: SlotRecord, scope: SearchScope, query: SlotQuery, consumer: RequestingConsumer, view: ProviderView): Judgement {
  if (!scope.ok) return { verdict: 'search-refused', obligation: REFUSAL_OBLIGATION[scope.problem.code], reason: scope.problem.diagnostics };
  if (!scope.scheduleIds.includes(slot.scheduleId)) {
    const serves = view.serviceDosIdsForSchedule(slot.scheduleId);
    const servesText = serves.length > 0 ? `which serves service(s) ${serves.join(', ')}` : 'which no service is mapped to';
    return { verdict: 'schedule-not-mapped', obligation: 'SLOT-07', reason: `Slot ${slot.id} belongs to schedule ${slot.scheduleId}, ${servesText}, not service ${query.serviceId}`, rule: unmappedRule(slot, query.serviceId, view) };
  }
  const row = scope.service ? view.mappingRow(scope.service.dosId, slot.scheduleId) : undefined;
  const mapped = row ? { rule: describeRow(row) } : {};
  const schedule = view.schedule(slot.scheduleId);
  const withheld = findReleaseWithholding(schedule, slot, consumer);
  if (withheld) {
    const whose = withheld.by === 'schedule' ? `its schedule ${slot.scheduleId}` : 'its own release rule';
    const reason = withheld.code === 'not-released-to-organisation'
      ? `Slot ${slot.id} is released by ${whose} only to organisation(s) ${withheld.releasedTo.join(', ')}, not to ${consumer.odsCode}`
      : `Slot ${slot.id} is released by ${whose} only to consumer system(s) ${withheld.releasedTo.join(', ')}, not to ${consumer.asid ?? 'a consumer whose ASID is not known'}`;
    const rule = describeRelease(withheld.by === 'schedule' ? schedule?.release : slot.release, withheld, slot);
    return { verdict: withheld.code, obligation: 'SLOT-08', reason, rule };
  }
  if (query.statuses && !query.statuses.includes(slot.status)) {
    return { verdict: 'status-filtered', obligation: 'SLOT-13', reason: `Slot ${slot.id} is ${slot.status}; the search asked for status ${query.statuses.join(',')}`, ...mapped };
  }
  const { fromMs, toMs } = query.window;
  if (slot.startMs < fromMs) {
    return { verdict: 'before-window', obligation: 'SLOT-15', reason: `Slot ${slot.id} starts at ${iso(slot.startMs)}, before the window start ${iso(fromMs)}`, ...mapped };
  }
  if (slot.startMs > toMs) {
    return { verdict: 'after-window', obligation: 'SLOT-15', reason: `Slot ${slot.id} starts at ${iso(slot.startMs)}, after the window end ${iso(toMs)}`, ...mapped };
  }
  return { verdict: 'returned', reason: `Slot ${slot.id} is returned`, ...mapped };
}

export function explainSlotSearch(
  query: SlotQuery,
  consumer: RequestingConsumer,
  view: ProviderView,
  nowMs: number,
  config: ProviderConfig,
  allSlots: Iterable<SlotRecord>,
  onlySlotId?: string,
): SlotExplanation {
  const scope = resolveSearchScope(query, view, nowMs, config);
  const scheduleIds = scope.ok ? scope.scheduleIds : view.scheduleIdsForService(query.serviceId);
  const service = scope.ok ? scope.service : view.serviceByDosId(query.serviceId);
  const slots: SlotVerdict[] = [];
  for (const slot of allSlots) {
    if (onlySlotId !== undefined && slot.id !== onlySlotId && slot.identifier !== onlySlotId) continue;
    const { id: slotId, identifier, scheduleId, start, status } = slot;
    slots.push({ slotId, identifier, scheduleId, start, status, ...judge(slot, scope, query, consumer, view) });
  }
  const from = iso(query.window.fromMs);
  const to = iso(query.window.toMs);
  return {
    service: { requested: query.serviceId, param: query.serviceParam, ...(service ? { id: service.id, name: service.name } : {}) },
    mappedSchedules: scheduleIds.map((id) => {
      const name = view.schedule(id)?.name;
      return { id, ...(name === undefined ? {} : { name }), servesServices: view.serviceDosIdsForSchedule(id) };
    }),
    consumer,
    window: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
    ...(query.statuses ? { statuses: query.statuses } : {}),
    ...(scope.ok ? {} : { problem: scope.problem }),
    slots,
    ...(onlySlotId !== undefined && slots.length === 0 ? { unknownSlotId: onlySlotId } : {}),
  };
}
