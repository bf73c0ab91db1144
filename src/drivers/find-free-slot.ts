// Finds a free slot of a service on the target by searching the horizon (pact's provider state for
// "a free slot exists"). Used by boundary scenarios and, later, by booking. No free slot skips the
// scenario; a search that fails is an inconclusive precondition, not a failure of the obligation
// under test.
import { DEFAULT_SERVICE_PARAM, toSlotSearchPath } from '../client/slot-search.ts';
import { readSearchset } from '../fhir/searchset-view.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import type { DriverContext } from './driver-context.ts';
import { windowBounds } from './search-windows.ts';

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
  let slots: readonly FhirResource[];
  try {
    if (exchange.response.status !== 200) throw new Error(`the search answered ${exchange.response.status}`);
    slots = readSearchset(exchange).slots.map((entry) => entry.resource);
  } catch (error) {
    const reason = error instanceof ConformanceFailure ? error.reason : (error as Error).message;
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `could not look for a free slot of service ${dosId}: ${reason}`, { exchangeId: exchange.id });
  }
  const free = slots
    .filter((slot) => slot.status === 'free' && !Number.isNaN(Date.parse(String(slot.start))))
    .sort((a, b) => Date.parse(String(a.start)) - Date.parse(String(b.start)));
  if (free.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `service ${dosId} has no free slot in the next ${ctx.target.horizonDays} days`);
  const slot = free[0];
  return { id: String(slot.id), startMs: Date.parse(String(slot.start)), resource: slot, exchangeId: exchange.id };
}
