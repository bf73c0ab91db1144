// Finds a free slot of a service on the target by searching the horizon (pact's provider state for
// "a free slot exists"). Used by boundary scenarios and, later, by booking. No free slot skips the
// scenario; a search that fails is an inconclusive precondition, not a failure of the obligation
// under test. Every page of the search is read (SLOT-31).
import { DEFAULT_SERVICE_PARAM, toSlotSearchPath } from '../client/slot-search.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import { slotsByPage } from '../fhir/searchset-view.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import type { DriverContext } from './driver-context.ts';
import { windowBounds } from './search-windows.ts';
import { setupSearchset } from './setup-searchset.ts';

export interface FoundSlot {
  readonly id: string;
  readonly startMs: number;
  readonly resource: FhirResource;
  /** The exchange the slot was found in. */
  readonly exchangeId: string;
}

export async function findFreeSlot(ctx: DriverContext, dosId: string): Promise<FoundSlot> {
  const search = { service: { name: DEFAULT_SERVICE_PARAM, value: dosId }, start: windowBounds('the search horizon', ctx.nowMs(), ctx.target), status: 'free', includes: [], extra: [] };
  const exchange = await ctx.client.send({ interaction: 'slot-search', method: 'GET', path: toSlotSearchPath(search), purpose: 'setup', label: `find a free slot of service ${dosId}`, consumer: ctx.consumer });
  const view = await setupSearchset(ctx, exchange, ctx.consumer, `could not look for a free slot of service ${dosId}`);
  const free = slotsByPage(view)
    .filter(({ slot }) => slot.status === 'free' && !Number.isNaN(Date.parse(String(slot.start))))
    .sort((a, b) => Date.parse(String(a.slot.start)) - Date.parse(String(b.slot.start)));
  if (free.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `service ${dosId} has no free slot in the next ${ctx.target.horizonDays} days`);
  const { slot, exchangeId } = free[0];
  return { id: String(slot.id), startMs: Date.parse(String(slot.start)), resource: slot, exchangeId };
}
