// REG-02 / REG-03 setup: books `count` free slots of the service with free slots for a new test
// patient, as setup traffic (a booking the target refuses makes the scenario inconclusive). With
// fewer bookable slots than asked the target's data decides: at least two are needed.
import { randomUUID } from 'node:crypto';
import { buildBookingBody } from '../booking/booking-body.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { bookForSetup } from './appointment-setup.ts';
import type { DriverContext } from './driver-context.ts';
import { findBookableSlots } from './find-bookable-slots.ts';
import { newTestNhsNumber } from './patient-search.ts';
import { resolveService } from './service-roles.ts';

export interface PatientBookings {
  readonly nhsNumber: string;
  readonly ids: readonly string[];
}

export async function bookForPatient(ctx: DriverContext, count: number): Promise<PatientBookings> {
  const slots = await findBookableSlots(ctx, resolveService(ctx.target, 'a service with free slots'), count);
  if (slots.length < Math.min(count, 2)) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the service with free slots has ${slots.length} bookable free slot(s); the scenario books ${count} for one patient`);
  const nhsNumber = newTestNhsNumber();
  const ids: string[] = [];
  for (const slot of slots) {
    const body = buildBookingBody({ slot: slot.resource, nowMs: ctx.nowMs(), cdaId: randomUUID(), nhsNumber });
    ids.push((await bookForSetup(ctx, body, slot.id)).id);
  }
  return { nhsNumber, ids };
}
