// Free slots a scenario may book: searched over the horizon as a given consumer, earliest first,
// and only those starting far enough ahead that they are still in the future when the booking
// arrives (a slot that has started is "no longer available", BOOK-17). A search that fails is an
// inconclusive precondition; no such slot skips the scenario.
import { newSlotSearch, toSlotSearchPath } from '../client/slot-search.ts';
import { readSearchset, type SearchsetView } from '../fhir/searchset-view.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import type { DriverContext } from './driver-context.ts';
import type { FoundSlot } from './find-free-slot.ts';
import { windowBounds } from './search-windows.ts';

/** Slots starting sooner than this are left alone: the booking might arrive after they start. */
export const BOOKING_LEAD_MS = 5 * 60_000;

/** The free slots of a searchset that can still be booked, earliest first, at most `count`. */
export function bookableSlotsOf(view: SearchsetView, nowMs: number, count: number): FoundSlot[] {
  return view.slots
    .map((entry) => entry.resource)
    .filter((slot) => slot.status === 'free' && Date.parse(String(slot.start)) > nowMs + BOOKING_LEAD_MS)
    .sort((a, b) => Date.parse(String(a.start)) - Date.parse(String(b.start)))
    .slice(0, count)
    .map((slot) => ({ id: String(slot.id), startMs: Date.parse(String(slot.start)), resource: slot, exchangeId: view.exchange.id }));
}

/** A setup search for the free slots of a service as `consumer` sees them. */
export async function searchFreeSlots(ctx: DriverContext, dosId: string, consumer: ConsumerIdentity): Promise<SearchsetView> {
  const search = newSlotSearch(dosId, windowBounds('the search horizon', ctx.nowMs(), ctx.target));
  const exchange = await ctx.client.send({ interaction: 'slot-search', method: 'GET', path: toSlotSearchPath(search), purpose: 'setup', label: `free slots of service ${dosId} as ${consumer.odsCode}`, consumer });
  try {
    if (exchange.response.status !== 200) throw new Error(`the search answered ${exchange.response.status}`);
    return readSearchset(exchange);
  } catch (error) {
    const reason = error instanceof ConformanceFailure ? error.reason : (error as Error).message;
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `could not look for free slots of service ${dosId}: ${reason}`, { exchangeId: exchange.id });
  }
}

export async function findBookableSlots(ctx: DriverContext, dosId: string, count: number): Promise<FoundSlot[]> {
  const slots = bookableSlotsOf(await searchFreeSlots(ctx, dosId, ctx.consumer), ctx.nowMs(), count);
  if (slots.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `service ${dosId} has no free slot starting more than 5 minutes from now in the next ${ctx.target.horizonDays} days`);
  return slots;
}

/** SLOT-08: a free slot the scenario's consumer sees and `other` must not, or a skip. */
export async function findWithheldSlot(ctx: DriverContext, dosId: string, other: ConsumerIdentity): Promise<FoundSlot> {
  const visible = new Set((await searchFreeSlots(ctx, dosId, other)).slots.map((entry) => String(entry.resource.id)));
  const mine = bookableSlotsOf(await searchFreeSlots(ctx, dosId, ctx.consumer), ctx.nowMs(), Number.POSITIVE_INFINITY);
  const withheld = mine.find((slot) => !visible.has(slot.id));
  if (!withheld) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `service ${dosId} withholds no bookable free slot from ${other.odsCode} in the next ${ctx.target.horizonDays} days`);
  return withheld;
}
