// Races have one winner. Concurrent bookings of one slot: exactly one 201, every other request
// refused as the slot being taken (BOOK-17). Concurrent retries of one X-Request-ID: one
// appointment, every other answer a retry answer (XTI-05). Concurrent cancels from one read: one
// 200, every other refused as stale (CAN-07). And, where the provider can count its appointments,
// no orphan was left behind.
import type { AnsweredExchange, Exchange } from '../client/exchange.ts';
import type { AppointmentCensus } from '../drivers/appointment-state.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { expectBookingCreated, readAppointment } from './expect-booking-created.ts';
import { expectBookingRefusal } from './expect-booking-refusal.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { expectRetryAnswer } from './expect-retry-answer.ts';
import { fail, type Warn } from '../verdict/fail.ts';

/** One warning per code and message: fifty losers missing the same SHOULD is one finding. */
function warnOnce(warn: Warn): Warn {
  const seen = new Set<string>();
  return (warning) => {
    const key = `${warning.code} ${warning.message}`;
    if (!seen.has(key)) warn(warning);
    seen.add(key);
  };
}

function winnersOf(exchanges: readonly AnsweredExchange[], status: number, obligations: readonly string[]): AnsweredExchange {
  const winners = exchanges.filter((x) => x.response.status === status);
  if (winners.length !== 1) {
    const statuses = exchanges.map((x) => x.response.status);
    fail(winners[1] ?? exchanges[0], { code: 'RACE_WINNERS', obligations, reason: `${winners.length} of ${exchanges.length} concurrent requests were answered ${status}`, expected: `exactly one ${status}`, actual: statuses });
  }
  return winners[0];
}

export function expectOneBookingWinner(exchanges: readonly AnsweredExchange[], policy: ConformancePolicy, warn: Warn): void {
  const winner = winnersOf(exchanges, 201, ['BOOK-17']);
  expectBookingCreated(winner, ['BOOK-17']);
  const once = warnOnce(warn);
  exchanges.filter((x) => x !== winner).forEach((x) => expectBookingRefusal(x, 'the slot is taken', policy, once));
}

export function expectOneAppointmentForRetries(exchanges: readonly AnsweredExchange[], policy: ConformancePolicy, warn: Warn): void {
  const created = exchanges.filter((x) => x.response.status === 201);
  if (created.length === 0) {
    fail(exchanges[0], { code: 'RACE_WINNERS', obligations: ['XTI-05'], reason: `none of ${exchanges.length} concurrent retries of one booking created it`, expected: 'one 201', actual: exchanges.map((x) => x.response.status) });
  }
  const ids = new Set(created.map((x) => readAppointment(x, ['XTI-05']).id));
  if (ids.size > 1) {
    fail(created[1], { code: 'DUPLICATE_APPOINTMENT', obligations: ['XTI-05'], reason: `${ids.size} appointments were created for one X-Request-ID`, expected: 'one appointment', actual: [...ids] });
  }
  const original = readAppointment(created[0], ['XTI-05']);
  const once = warnOnce(warn);
  exchanges.filter((x) => x !== created[0]).forEach((x) => expectRetryAnswer(x, original, 'booking', policy, once));
}

export function expectOneCancelWinner(exchanges: readonly AnsweredExchange[], policy: ConformancePolicy, warn: Warn): void {
  const winner = winnersOf(exchanges, 200, ['CAN-07']);
  const cancelled = readAppointment(winner, ['CAN-07']);
  if (cancelled.resource.status !== 'cancelled') {
    fail(winner, { code: 'NOT_CANCELLED', obligations: ['CAN-03'], reason: `the winning cancel answered status ${JSON.stringify(cancelled.resource.status)}`, expected: 'cancelled', actual: cancelled.resource.status ?? null });
  }
  const once = warnOnce(warn);
  exchanges.filter((x) => x !== winner).forEach((x) => expectOperationOutcome(x, { statuses: policy.update.mismatchStatuses, obligations: ['CAN-07'] }, policy, once));
}

/** Exactly `added` new appointments (none for a refusal, one for a race); a warning where uncountable. */
export function expectAppointmentsAdded(census: AppointmentCensus, added: number, evidence: Exchange, obligations: readonly string[], warn: Warn): void {
  if (census.before === undefined || census.after === undefined) {
    warn({ code: 'APPOINTMENTS_UNCOUNTABLE', obligations, message: 'the target offers no way to count its appointments, so an orphan appointment cannot be ruled out', exchangeId: evidence.id });
    return;
  }
  if (census.after - census.before !== added) {
    fail(evidence, { code: 'ORPHAN_APPOINTMENT', obligations, reason: `the provider holds ${census.after - census.before} more appointments after the requests`, expected: added, actual: census.after - census.before });
  }
}
