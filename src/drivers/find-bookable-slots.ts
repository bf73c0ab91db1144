// Free slots a scenario may book: searched over the horizon as a given consumer, earliest first,
// and only those starting far enough ahead that they are still in the future when the booking
// arrives (a slot that has started is "no longer available", BOOK-17). A search that fails is an
// inconclusive precondition; no such slot skips the scenario.
import { newSlotSearch, toSlotSearchPath } from '../client/slot-search.ts';
import { slotIds, slotsByPage, type SearchsetView } from '../fhir/searchset-view.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import type { DriverContext } from './driver-context.ts';
import type { FoundSlot } from './find-free-slot.ts';
import { windowBounds } from './search-windows.ts';
import { setupSearchset } from './setup-searchset.ts';

/** Slots starting sooner than this are left alone: the booking might arrive after they start. */
export const BOOKING_LEAD_MS = 5 * 60_000;

/** The free slots of a searchset that can still be booked, earliest first, at most `count`. */
export function bookableSlotsOf(view: SearchsetView, nowMs: number, count: number): FoundSlot[] {
  return slotsByPage(view)
    .filter(({ slot }) => slot.status === 'free' && Date.parse(String(slot.start)) > nowMs + BOOKING_LEAD_MS)
    .sort((a, b) => Date.parse(String(a.slot.start)) - Date.parse(String(b.slot.start)))
    .slice(0, count)
    .map(({ slot, exchangeId }) => ({ id: String(slot.id), startMs: Date.parse(String(slot.start)), resource: slot, exchangeId }));
}

/** A setup search for the free slots of a service as `consumer` sees them, every page of it. */
export async function searchFreeSlots(ctx: DriverContext, dosId: string, consumer: ConsumerIdentity): Promise<SearchsetView> {
  const search = newSlotSearch(dosId, windowBounds('the search horizon', ctx.nowMs(), ctx.target));
  const exchange = await ctx.client.send({ interaction: 'slot-search', method: 'GET', path: toSlotSearchPath(search), purpose: 'setup', label: `free slots of service ${dosId} as ${consumer.odsCode}`, consumer });
  return setupSearchset(ctx, exchange, consumer, `could not look for free slots of service ${dosId}`);
}

export async function findBookableSlots(ctx: DriverContext, dosId: string, count: number): Promise<FoundSlot[]> {
  const slots = bookableSlotsOf(await searchFreeSlots(ctx, dosId, ctx.consumer), ctx.nowMs(), count);
  if (slots.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `service ${dosId} has no free slot starting more than 5 minutes from now in the next ${ctx.target.horizonDays} days`);
  return slots;
}

/** SLOT-08: a free slot the scenario's consumer sees and `other` must not; a failure when `other` sees them all, a skip when none is bookable. */
export async function findWithheldSlot(ctx: DriverContext, dosId: string, other: ConsumerIdentity): Promise<FoundSlot> {
  const restricted = await searchFreeSlots(ctx, dosId, other);
  const visible = new Set(slotIds(restricted));
  const primary = await searchFreeSlots(ctx, dosId, ctx.consumer);
  const withheld = bookableSlotsOf(primary, ctx.nowMs(), Number.POSITIVE_INFINITY).find((slot) => !visible.has(slot.id));
  const primarySees = slotIds(primary);
  // The target declares this service withholds slots from the other consumer: seeing them all is a leak.
  if (!withheld && primarySees.every((id) => visible.has(id))) {
    throw new ConformanceFailure({ exchangeId: restricted.exchange.id, code: 'WITHHELD_SLOTS_RETURNED', obligations: ['SLOT-08'], reason: `${other.odsCode} sees every free slot of service ${dosId} that ${ctx.consumer.odsCode} sees, though the target declares it as the service with withheld slots`, expected: 'some free slots withheld', actual: `${visible.size} slots seen by ${other.odsCode}, ${primarySees.length} by ${ctx.consumer.odsCode}` });
  }
  if (!withheld) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `service ${dosId} withholds no bookable free slot from ${other.odsCode} in the next ${ctx.target.horizonDays} days`);
  return withheld;
}
