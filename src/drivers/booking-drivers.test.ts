import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestSpec, TargetClient } from '../client/target-client.ts';
import type { AnsweredExchange } from '../client/exchange.ts';
import { fakeExchange, searchset, slotEntry } from '../assertions/fake-exchange.ts';
import { readSearchset } from '../fhir/searchset-view.ts';
import { describeMockTarget } from '../targets/describe-mock-target.ts';
import { resolveTarget } from '../targets/resolved-target.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { cancelAfterScenario, cancelAppointment } from './appointment-cleanup.ts';
import { AppointmentState } from './appointment-state.ts';
import { bookingLimits, DEFAULT_BOOKING_LIMITS } from './booking-limits.ts';
import { CleanupStack } from './cleanup-stack.ts';
import type { DriverContext } from './driver-context.ts';
import { bookableSlotsOf } from './find-bookable-slots.ts';

const mock = resolveTarget(describeMockTarget({ baseUrl: 'http://127.0.0.1:4000/STU3/1/x' }), '.');
const consumer = { role: 'primary' as const, odsCode: 'A1001', name: 'Northfield' };

/** A context whose client answers from a script and records what was sent. */
function scripted(answers: AnsweredExchange[]): { ctx: DriverContext; sent: RequestSpec[] } {
  const sent: RequestSpec[] = [];
  const client = { send: async (spec: RequestSpec) => { sent.push(spec); return answers.shift() as AnsweredExchange; } } as unknown as TargetClient;
  return { ctx: { target: mock, client, cleanup: new CleanupStack(), consumer, nowMs: () => 0 }, sent };
}

describe('bookingLimits', () => {
  it('takes what the target declares, else a handful', () => {
    assert.deepEqual(bookingLimits(mock), { slotsToProve: 24, idSampleSize: 40, raceConcurrency: 50, patientAppointments: 50 });
    assert.deepEqual(bookingLimits(resolveTarget({ ...describeMockTarget({ baseUrl: 'http://h/b' }), booking: { raceConcurrency: 8 } }, '.')), { ...DEFAULT_BOOKING_LIMITS, raceConcurrency: 8 });
  });
});

describe('bookableSlotsOf', () => {
  const view = readSearchset(fakeExchange({ body: searchset([
    slotEntry('late', 's1', 'free', '2026-03-16T11:00:00+00:00'),
    slotEntry('busy', 's1', 'busy', '2026-03-16T10:00:00+00:00'),
    slotEntry('soon', 's1', 'free', '2026-03-16T09:04:00+00:00'),
    slotEntry('early', 's1', 'free', '2026-03-16T10:00:00+00:00'),
  ]) }));
  it('keeps free slots starting over five minutes ahead, earliest first, at most `count`', () => {
    assert.deepEqual(bookableSlotsOf(view, Date.parse('2026-03-16T09:00:00Z'), 5).map((s) => s.id), ['early', 'late']);
    assert.deepEqual(bookableSlotsOf(view, Date.parse('2026-03-16T09:00:00Z'), 1).map((s) => s.id), ['early']);
  });
});

describe('AppointmentState', () => {
  it('is our own defect when used before it is arranged', () => {
    assert.throws(() => new AppointmentState().booked, (e: unknown) => e instanceof HarnessDefect && e.detail === 'a step used "that appointment" before a step arranged it');
  });
});

describe('cleanup of bookings', () => {
  const booked = { resourceType: 'Appointment', id: 'a1', meta: { versionId: '1' }, status: 'booked' };

  it('cancels what a 2xx booking created: read, then PUT with the ETag read and only the status changed', async () => {
    const { ctx, sent } = scripted([
      fakeExchange({ status: 200, body: booked, headers: { etag: 'W/"1"' } }),
      fakeExchange({ status: 200, body: { ...booked, status: 'cancelled' } }),
    ]);
    cancelAfterScenario(ctx, fakeExchange({ status: 201, body: booked }), consumer);
    assert.deepEqual(await ctx.cleanup.drain(), []);
    assert.deepEqual(sent.map((s) => [s.method, s.path, s.purpose, s.headers?.['If-Match'] ?? null, s.body ?? null]), [
      ['GET', '/Appointment/a1', 'setup', null, null],
      ['PUT', '/Appointment/a1', 'setup', 'W/"1"', JSON.stringify({ ...booked, status: 'cancelled' })],
    ]);
  });

  it('leaves a cancelled appointment alone and registers nothing for a refusal', async () => {
    const { ctx, sent } = scripted([fakeExchange({ status: 200, body: { ...booked, status: 'cancelled' } })]);
    cancelAfterScenario(ctx, fakeExchange({ status: 422, body: { resourceType: 'OperationOutcome' } }), consumer);
    assert.equal(ctx.cleanup.size, 0);
    await cancelAppointment(ctx, 'a1', consumer);
    assert.equal(sent.length, 1);
  });

  it('reports what it could not cancel, with the reason', async () => {
    const { ctx } = scripted([fakeExchange({ status: 200, body: booked, id: 'x-7' }), fakeExchange({ status: 409, body: {}, id: 'x-8' })]);
    cancelAfterScenario(ctx, fakeExchange({ status: 201, body: '', id: 'x-1' }), consumer);
    cancelAfterScenario(ctx, fakeExchange({ status: 201, body: booked, id: 'x-2' }), consumer);
    assert.deepEqual(await ctx.cleanup.drain(), [
      'cancel Appointment/a1 booked in x-2: cancelling Appointment/a1 answered 409 (exchange x-8)',
      'cancel Appointment/(no id) booked in x-1: the booking was answered 201 but named no appointment id, so it cannot be cancelled',
    ]);
  });
});
