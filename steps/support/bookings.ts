// The booking vocabulary: the slot to book, bookings sent as checks (each one registered for
// cancellation after the scenario, whatever the verdict), the appointment they created, the
// appointment count around them (no orphans, BOOK-16), and races.
import { randomUUID } from 'node:crypto';
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { sentRequestId } from '../../src/booking/appointment-answer.ts';
import { bookRequest } from '../../src/booking/appointment-requests.ts';
import { buildBookingBody } from '../../src/booking/booking-body.ts';
import { BOOKING_TRANSPORTS, malformedBookingBody, type BookingTransport, type BookingTransportName, type MalformedBookingBody } from '../../src/booking/booking-requests.ts';
import { applyBookingVariant, type BookingVariant } from '../../src/booking/booking-variants.ts';
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import { formatInstant } from '../../src/client/format-instant.ts';
import { newSlotSearch, withStart } from '../../src/client/slot-search.ts';
import { countAppointments } from '../../src/drivers/appointment-census.ts';
import { cancelAfterScenario } from '../../src/drivers/appointment-cleanup.ts';
import { bookForSetup } from '../../src/drivers/appointment-setup.ts';
import type { AppointmentCensus, AppointmentState } from '../../src/drivers/appointment-state.ts';
import { bookingLimits } from '../../src/drivers/booking-limits.ts';
import { resolveConsumer, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import { inFhirXml } from '../../src/drivers/fhir-xml-requests.ts';
import { bookableSlotsOf, findBookableSlots, findWithheldSlot } from '../../src/drivers/find-bookable-slots.ts';
import type { FoundSlot } from '../../src/drivers/find-free-slot.ts';
import { resolveService, type ServiceRole } from '../../src/drivers/service-roles.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import { LABELS } from './labels.ts';
import type { ScenarioContext } from './scenario-context.ts';
import type { SlotSearches } from './slot-searches.ts';

const HOUR_MS = 3_600_000;

export class Bookings {
  readonly #context: ScenarioContext;
  readonly #state: AppointmentState;
  readonly #searches: SlotSearches;

  constructor(context: ScenarioContext, state: AppointmentState, searches: SlotSearches) {
    this.#context = context;
    this.#state = state;
    this.#searches = searches;
  }

  /** "That slot": the free slot the scenario arranged to book. */
  get slot(): FoundSlot {
    return this.#state.slot;
  }

  /** The appointments the provider held around the last booking act. */
  get census(): AppointmentCensus {
    return this.#state.census;
  }

  // Arrange

  async arrangeSlot(role: ServiceRole): Promise<void> {
    const dosId = resolveService(this.#context.target, role);
    const [slot] = await findBookableSlots(this.#context, dosId, 1);
    this.#state.chooseSlot(dosId, slot);
  }

  async arrangeWithheldSlot(phrase: ConsumerPhrase): Promise<void> {
    const { target } = this.#context;
    const dosId = resolveService(target, 'a service with withheld slots');
    this.#state.chooseSlot(dosId, await findWithheldSlot(this.#context, dosId, resolveConsumer(target, phrase)));
  }

  async arrangeBooking(): Promise<void> {
    const setup = await bookForSetup(this.#context, this.#body(), this.#state.slot.id);
    this.#state.recordBooked({ ...setup, consumer: this.#context.consumer });
  }

  #body(slot: FoundSlot = this.#state.slot): JsonObject {
    return buildBookingBody({ slot: slot.resource, nowMs: this.#context.nowMs(), cdaId: randomUUID() });
  }

  // Act: single bookings

  async book(variant?: BookingVariant, transport: BookingTransportName = 'the standard headers'): Promise<AnsweredExchange> {
    const body = variant === undefined ? this.#body() : applyBookingVariant(variant, { body: this.#body(), uuid: randomUUID() });
    return this.#sendCounted(body, JSON.stringify(body), LABELS.booking, BOOKING_TRANSPORTS[transport]);
  }

  /** HTTP-01 / BOOK-01: the standard booking, sent and answered in FHIR XML. */
  async bookInXml(): Promise<AnsweredExchange> {
    const body = this.#body();
    const exchange = await this.#context.exchanges.check(inFhirXml(bookRequest(JSON.stringify(body), LABELS.booking)));
    this.#remember(exchange, body);
    return exchange;
  }

  async postMalformed(name: MalformedBookingBody): Promise<AnsweredExchange> {
    return this.#sendCounted(undefined, malformedBookingBody(name, this.#body()), LABELS.booking);
  }

  /** XTI-05: the booking set up earlier, resent exactly, X-Request-ID included. */
  async retry(): Promise<AnsweredExchange> {
    const { sent, requestId } = this.#state.booked;
    return this.#sendCounted(undefined, JSON.stringify(sent), LABELS.retry, undefined, requestId);
  }

  /** BOOK-27: a status=free search of the slot's service, an hour either side of its start. */
  async searchAroundSlot(): Promise<void> {
    const startMs = this.#state.slot.startMs;
    const search = withStart(newSlotSearch(this.#state.service, []), [{ prefix: 'ge', value: formatInstant(startMs - HOUR_MS) }, { prefix: 'le', value: formatInstant(startMs + HOUR_MS) }]);
    await this.#searches.send(search, 'free slots around the booked one');
  }

  // Act: many bookings

  /** SLOT-09: books the bookable free slots of the latest search, up to the target's limit, one by one. */
  async bookReturnedSlots(): Promise<void> {
    const slots = bookableSlotsOf(this.#searches.searchset(), this.#context.nowMs(), bookingLimits(this.#context.target).slotsToProve);
    if (slots.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the search returned no free slot starting more than 5 minutes from now');
    await this.#bookEach(slots);
  }

  /** BOOK-25: books a sample of free slots of the service with free slots, one by one. */
  async bookSample(): Promise<void> {
    const { target } = this.#context;
    const slots = await findBookableSlots(this.#context, resolveService(target, 'a service with free slots'), bookingLimits(target).idSampleSize);
    if (slots.length < 2) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the service with free slots has fewer than two bookable free slots');
    await this.#bookEach(slots);
  }

  async #bookEach(slots: readonly FoundSlot[]): Promise<void> {
    for (const slot of slots) await this.#send(this.#body(slot), `booking of Slot/${slot.id}`);
    this.#context.exchanges.recordBatch(slots.length);
  }

  /** BOOK-17 race: the same slot booked N times at once, each with its own X-Request-ID. */
  async bookConcurrently(): Promise<void> {
    await this.sendConcurrently(() => this.#send(this.#body(), 'concurrent booking'));
  }

  /** XTI-05 race: one booking sent N times at once with one X-Request-ID. */
  async retryConcurrently(): Promise<void> {
    const body = this.#body();
    const requestId = randomUUID();
    await this.sendConcurrently(() => this.#send(body, 'concurrent retry', requestId));
  }

  /** Sends N requests at once (N = the target's booking.raceConcurrency), counting appointments around them. */
  async sendConcurrently(send: () => Promise<AnsweredExchange>): Promise<void> {
    const before = await countAppointments(this.#context);
    const n = bookingLimits(this.#context.target).raceConcurrency;
    await Promise.all(Array.from({ length: n }, send));
    this.#state.recordCensus({ before, after: await countAppointments(this.#context) });
    this.#context.exchanges.recordBatch(n);
  }

  /** Sends one booking as a check, with the appointment count around it (no orphans, BOOK-16). */
  async #sendCounted(body: JsonObject | undefined, text: string, label: string, transport?: BookingTransport, requestId?: string): Promise<AnsweredExchange> {
    const before = await countAppointments(this.#context);
    const exchange = await this.#context.exchanges.check(bookRequest(text, label, transport, requestId));
    this.#state.recordCensus({ before, after: await countAppointments(this.#context) });
    this.#remember(exchange, body);
    return exchange;
  }

  async #send(body: JsonObject, label: string, requestId?: string): Promise<AnsweredExchange> {
    const exchange = await this.#context.exchanges.check(bookRequest(JSON.stringify(body), label, undefined, requestId));
    this.#remember(exchange, undefined);
    return exchange;
  }

  /** Whatever was created is cancelled after the scenario; a created `body` becomes "that appointment". */
  #remember(exchange: AnsweredExchange, body: JsonObject | undefined): void {
    const { consumer } = this.#context;
    const answer = cancelAfterScenario(this.#context, exchange, consumer);
    if (body === undefined || answer.status !== 201 || !answer.resource || answer.id === undefined || answer.versionId === undefined) return;
    const version = { resource: answer.resource, versionId: answer.versionId, ...(answer.etag !== undefined ? { etag: answer.etag } : {}) };
    this.#state.recordBooked({ id: answer.id, version, ...(answer.location !== undefined ? { location: answer.location } : {}), sent: body, requestId: sentRequestId(exchange) ?? '', consumer });
  }
}
