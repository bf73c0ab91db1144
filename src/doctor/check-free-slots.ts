// The one piece of data every slot scenario stands on: services.withFreeSlots has a free slot in the
// search horizon. Found with the suite's own driver (findFreeSlot), so "no free slot" here is the
// same skip, with the same reason, that the boundary scenarios would hit.
import type { DriverContext } from '../drivers/driver-context.ts';
import { findFreeSlot } from '../drivers/find-free-slot.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';

export type FreeSlotFact =
  | { readonly state: 'found' }
  /** `none`: the search worked and found nothing; `unknown`: the search itself did not work. */
  | { readonly state: 'none' | 'unknown'; readonly reason: string };

export interface FreeSlotFindings {
  readonly check: DoctorCheck;
  readonly fact: FreeSlotFact;
}

export async function checkFreeSlots(ctx: DriverContext): Promise<FreeSlotFindings> {
  const dosId = ctx.target.config.services.withFreeSlots;
  const title = `services.withFreeSlots (${dosId}) has a free slot in the next ${ctx.target.horizonDays} days`;
  try {
    const slot = await findFreeSlot(ctx, dosId);
    return { fact: { state: 'found' }, check: makeCheck('data.free-slots', title, 'ok', { detail: `first free slot Slot/${slot.id} at ${new Date(slot.startMs).toISOString()}`, obligations: ['SLOT-09'] }) };
  } catch (error) {
    if (error instanceof ScenarioSkipped) {
      return {
        fact: { state: 'none', reason: error.reason },
        check: makeCheck('data.free-slots', title, 'fail', { detail: error.reason, remedy: 'Declare in services.withFreeSlots a DoS service id with free slots soon (or raise search.horizonDays); most slot scenarios search it.' }),
      };
    }
    if (error instanceof InconclusiveError) {
      return {
        fact: { state: 'unknown', reason: error.reason },
        check: makeCheck('data.free-slots', title, 'fail', { detail: error.reason, remedy: 'The slot search itself did not work: check the consumers\' ODS codes and ASIDs are registered with the provider for slot search, and the answer above.' }),
      };
    }
    throw error;
  }
}
