// What bookings as a whole must show: every free slot a search returned can be booked (SLOT-09),
// ids are unique logical ids (BOOK-25), an id sent in the body is not the one assigned (BOOK-03),
// and a booked slot no longer comes back as free (BOOK-27).
import type { AnsweredExchange, Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { expectBookingCreated, FHIR_LOGICAL_ID, readAppointment } from './expect-booking-created.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { answered } from '../fhir/read-fhir-json.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';

/** SLOT-09: each booking of a returned free slot is created. */
export function expectEveryBookingCreated(bookings: readonly AnsweredExchange[]): void {
  bookings.forEach((exchange) => expectBookingCreated(exchange, ['SLOT-09']));
}

/** BOOK-25: ids unique across the bookings and of the logical-id form. */
export function expectUniqueLogicalIds(bookings: readonly AnsweredExchange[]): void {
  const seen = new Map<string, string>();
  for (const exchange of bookings) {
    const { id } = expectBookingCreated(exchange, ['BOOK-25']);
    if (!FHIR_LOGICAL_ID.test(id)) fail(exchange, { code: 'ID_FORM', obligations: ['BOOK-25'], reason: `id ${id} is not 1-64 characters from [A-Za-z0-9-.]`, expected: FHIR_LOGICAL_ID.source, actual: id });
    const earlier = seen.get(id);
    if (earlier !== undefined) fail(exchange, { code: 'ID_REUSED', obligations: ['BOOK-25'], reason: `id ${id} was already given to the booking of exchange ${earlier}`, expected: 'a new id per booking', actual: id });
    seen.set(id, exchange.id);
  }
}

/** BOOK-03 / C-36: the consumer's id is ignored (201 with a new one), or the target's declared refusal. */
export function expectIdInBodyAnswer(exchange: Exchange, sentId: string, policy: ConformancePolicy, warn: Warn): void {
  const statuses = policy.booking.idInBodyStatuses;
  const { status } = answered(exchange).response;
  if (status === 201 && statuses.includes(201)) {
    const created = readAppointment(exchange, ['BOOK-03']);
    if (created.id === sentId) fail(exchange, { code: 'CONSUMER_ID_KEPT', obligations: ['BOOK-03'], reason: 'the provider kept the id the consumer sent instead of assigning one', expected: `an id other than ${sentId}`, actual: created.id });
    return;
  }
  expectOperationOutcome(exchange, { statuses: statuses.filter((s) => s !== 201), obligations: ['BOOK-03'] }, policy, warn);
}

/** BOOK-27: the booked slot is absent from a status=free search, or present only as busy. */
export function expectSlotNoLongerFree(view: SearchsetView, slotId: string): void {
  const entry = view.slots.find((slot) => String(slot.resource.id) === slotId);
  if (entry && entry.resource.status !== 'busy') {
    fail(view.exchange, { code: 'BOOKED_SLOT_STILL_FREE', obligations: ['BOOK-27'], reason: `the booked Slot/${slotId} still comes back from a status=free search`, expected: 'absent, or status busy', actual: entry.resource.status ?? null });
  }
}
