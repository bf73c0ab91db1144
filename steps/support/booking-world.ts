// The provider World plus the booking vocabulary: the slot to book, bookings sent as checks (each
// one registered for cancellation after the scenario), the appointment they created, and races.
// Every booking that succeeds is cancelled in the After hook, whatever the verdict.
import { randomUUID } from 'node:crypto';
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { sentRequestId } from '../../src/booking/appointment-answer.ts';
import { bookRequest } from '../../src/booking/appointment-requests.ts';
import { buildBookingBody } from '../../src/booking/booking-body.ts';
import { BOOKING_TRANSPORTS, malformedBookingBody, type BookingTransport, type BookingTransportName, type MalformedBookingBody } from '../../src/booking/booking-requests.ts';
import { applyBookingVariant, type BookingVariant } from '../../src/booking/booking-variants.ts';
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import { newSlotSearch, withStart } from '../../src/client/slot-search.ts';
import { formatInstant } from '../../src/client/format-instant.ts';
import { cancelAfterScenario } from '../../src/drivers/appointment-cleanup.ts';
import { inFhirXml } from '../../src/drivers/fhir-xml-requests.ts';
import { countAppointments } from '../../src/drivers/appointment-census.ts';
import { bookForSetup } from '../../src/drivers/appointment-setup.ts';
import { AppointmentState } from '../../src/drivers/appointment-state.ts';
import { bookingLimits } from '../../src/drivers/booking-limits.ts';
import { resolveConsumer, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import { bookableSlotsOf, findBookableSlots, findWithheldSlot } from '../../src/drivers/find-bookable-slots.ts';
import type { FoundSlot } from '../../src/drivers/find-free-slot.ts';
import { resolveService, type ServiceRole } from '../../src/drivers/service-roles.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import { ProviderWorld } from './provider-world.ts';

export const LABELS = { booking: 'booking', retry: 'retry of the booking', read: 'read', cancel: 'cancel' } as const;

const HOUR_MS = 3_600_000;

export class BookingWorld extends ProviderWorld {
  readonly appointments = new AppointmentState();
  /** How many check exchanges the last multi-request act sent (asserted on together). */
  #batch = 0;

  // Arrange

  async arrangeSlot(role: ServiceRole): Promise<void> {
    const dosId = resolveService(this.target, role);
    const [slot] = await findBookableSlots(this, dosId, 1);
    this.appointments.chooseSlot(dosId, slot);
  }

  async arrangeWithheldSlot(phrase: ConsumerPhrase): Promise<void> {
    const dosId = resolveService(this.target, 'a service with withheld slots');
    this.appointments.chooseSlot(dosId, await findWithheldSlot(this, dosId, resolveConsumer(this.target, phrase)));
  }

  async arrangeBooking(): Promise<void> {
    const setup = await bookForSetup(this, this.bookingBody(), this.appointments.slot.id);
    this.appointments.recordBooked({ ...setup, consumer: this.consumer });
  }

  bookingBody(slot: FoundSlot = this.appointments.slot): JsonObject {
    return buildBookingBody({ slot: slot.resource, nowMs: this.nowMs(), cdaId: randomUUID() });
  }

  // Act: bookings

  async book(variant?: BookingVariant, transport: BookingTransportName = 'the standard headers'): Promise<AnsweredExchange> {
    const body = variant === undefined ? this.bookingBody() : applyBookingVariant(variant, { body: this.bookingBody(), uuid: randomUUID() });
    return this.sendCountedBooking(body, JSON.stringify(body), LABELS.booking, BOOKING_TRANSPORTS[transport]);
  }

  /** HTTP-01 / BOOK-01: the standard booking, sent and answered in FHIR XML. */
  async bookInXml(): Promise<AnsweredExchange> {
    const body = this.bookingBody();
    const exchange = await this.check(inFhirXml(bookRequest(JSON.stringify(body), LABELS.booking)));
    this.#remember(exchange, body);
    return exchange;
  }

  async postMalformedBooking(name: MalformedBookingBody): Promise<AnsweredExchange> {
    return this.sendCountedBooking(undefined, malformedBookingBody(name, this.bookingBody()), LABELS.booking);
  }

  /** XTI-05: the booking set up earlier, resent exactly, X-Request-ID included. */
  async retryBooking(): Promise<AnsweredExchange> {
    const { sent, requestId } = this.appointments.booked;
    return this.sendCountedBooking(undefined, JSON.stringify(sent), LABELS.retry, undefined, requestId);
  }

  /** SLOT-09: books the bookable free slots of the latest search, up to the target's limit, one by one. */
  async bookReturnedSlots(): Promise<void> {
    const slots = bookableSlotsOf(this.searchset(), this.nowMs(), bookingLimits(this.target).slotsToProve);
    if (slots.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the search returned no free slot starting more than 5 minutes from now');
    await this.#bookEach(slots);
  }

  /** BOOK-25: books a sample of free slots of the service with free slots, one by one. */
  async bookSample(): Promise<void> {
    const slots = await findBookableSlots(this, resolveService(this.target, 'a service with free slots'), bookingLimits(this.target).idSampleSize);
    if (slots.length < 2) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the service with free slots has fewer than two bookable free slots');
    await this.#bookEach(slots);
  }

  async #bookEach(slots: readonly FoundSlot[]): Promise<void> {
    for (const slot of slots) await this.#sendBooking(this.bookingBody(slot), `booking of Slot/${slot.id}`);
    this.#batch = slots.length;
  }

  /** BOOK-17 race: the same slot booked N times at once, each with its own X-Request-ID. */
  async bookConcurrently(): Promise<void> {
    await this.sendConcurrently(() => this.#sendBooking(this.bookingBody(), 'concurrent booking'));
  }

  /** XTI-05 race: one booking sent N times at once with one X-Request-ID. */
  async retryConcurrently(): Promise<void> {
    const body = this.bookingBody();
    const requestId = randomUUID();
    await this.sendConcurrently(() => this.#sendBooking(body, 'concurrent retry', requestId));
  }

  /** Sends N requests at once (N = the target's booking.raceConcurrency), counting appointments around them. */
  async sendConcurrently(send: () => Promise<AnsweredExchange>): Promise<void> {
    const before = await countAppointments(this);
    const n = bookingLimits(this.target).raceConcurrency;
    await Promise.all(Array.from({ length: n }, send));
    this.appointments.recordCensus({ before, after: await countAppointments(this) });
    this.#batch = n;
  }

  /** Sends one booking as a check, with the appointment count around it (no orphans, BOOK-16). */
  async sendCountedBooking(body: JsonObject | undefined, text: string, label: string, transport?: BookingTransport, requestId?: string): Promise<AnsweredExchange> {
    const before = await countAppointments(this);
    const exchange = await this.check(bookRequest(text, label, transport, requestId));
    this.appointments.recordCensus({ before, after: await countAppointments(this) });
    this.#remember(exchange, body);
    return exchange;
  }

  async #sendBooking(body: JsonObject, label: string, requestId?: string): Promise<AnsweredExchange> {
    const exchange = await this.check(bookRequest(JSON.stringify(body), label, undefined, requestId));
    this.#remember(exchange, undefined);
    return exchange;
  }

  /** Whatever was created is cancelled after the scenario; a created `body` becomes "that appointment". */
  #remember(exchange: AnsweredExchange, body: JsonObject | undefined): void {
    const answer = cancelAfterScenario(this, exchange, this.consumer);
    if (body === undefined || answer.status !== 201 || !answer.resource || answer.id === undefined || answer.versionId === undefined) return;
    const version = { resource: answer.resource, versionId: answer.versionId, ...(answer.etag !== undefined ? { etag: answer.etag } : {}) };
    this.appointments.recordBooked({ id: answer.id, version, ...(answer.location !== undefined ? { location: answer.location } : {}), sent: body, requestId: sentRequestId(exchange) ?? '', consumer: this.consumer });
  }

  /** BOOK-27: a status=free search of the slot's service, an hour either side of its start. */
  async searchAroundSlot(): Promise<void> {
    const startMs = this.appointments.slot.startMs;
    const search = withStart(newSlotSearch(this.appointments.service, []), [{ prefix: 'ge', value: formatInstant(startMs - HOUR_MS) }, { prefix: 'le', value: formatInstant(startMs + HOUR_MS) }]);
    await this.searchSlots(search, 'free slots around the booked one');
  }

  /** The check exchanges of the last multi-request act, oldest first, counted as asserted on. */
  batchResponses(): AnsweredExchange[] {
    return this.lastResponses(this.#batch);
  }
}
