// One slot search the doctor sends to learn what data the target really holds: a service, one of
// the suite's named windows, optionally a status, as one consumer. The answer is read with the
// suite's own searchset reader, every page of it (SLOT-31); anything that is not a readable 200
// comes back as a problem text.
import { slotIds, type SearchsetView } from '../fhir/searchset-view.ts';
import { scheduleIdsOfSlots } from '../assertions/expect-service-mapping.ts';
import { DEFAULT_SERVICE_PARAM, toSlotSearchPath, type SlotSearch } from '../client/slot-search.ts';
import type { DriverContext } from '../drivers/driver-context.ts';
import { collectSearchset } from '../drivers/follow-search-pages.ts';
import { windowBounds, type WindowName } from '../drivers/search-windows.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';

export interface SlotQuery {
  readonly dosId: string;
  readonly window: WindowName;
  /** Absent: no status parameter, so slots of any status (C-38). */
  readonly status?: string;
  readonly consumer?: ConsumerIdentity;
}

export type SlotAnswer =
  | { readonly kind: 'slots'; readonly status: 200; readonly slotIds: readonly string[]; readonly scheduleIds: readonly string[] }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'problem'; readonly problem: string };

export function describeQuery(query: SlotQuery): string {
  return `service ${query.dosId}, ${query.window}${query.status ? `, status ${query.status}` : ''}${query.consumer ? ` as ${query.consumer.odsCode}` : ''}`;
}

export async function searchTargetSlots(ctx: DriverContext, query: SlotQuery): Promise<SlotAnswer> {
  const search: SlotSearch = {
    service: { name: DEFAULT_SERVICE_PARAM, value: query.dosId },
    start: windowBounds(query.window, ctx.nowMs(), ctx.target),
    ...(query.status !== undefined ? { status: query.status } : {}),
    includes: [],
    extra: [],
  };
  try {
    const exchange = await ctx.client.send({ interaction: 'slot-search', method: 'GET', path: toSlotSearchPath(search), purpose: 'setup', label: `doctor: ${describeQuery(query)}`, consumer: query.consumer ?? ctx.consumer });
    if (exchange.response.status !== 200) return { kind: 'status', status: exchange.response.status };
    const view: SearchsetView = await collectSearchset(ctx, exchange, query.consumer ?? ctx.consumer);
    return { kind: 'slots', status: 200, slotIds: slotIds(view), scheduleIds: scheduleIdsOfSlots(view) };
  } catch (error) {
    if (error instanceof InconclusiveError || error instanceof ConformanceFailure) return { kind: 'problem', problem: error.reason };
    throw error;
  }
}
