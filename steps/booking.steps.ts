// Booking an appointment (sections 2.5, 2.6 and the booking rows of 2.10, 2.11 and 2.13 of the
// obligations catalogue), the bookability of returned slots (SLOT-08, SLOT-09) and booking races.
import { Given, Then, When } from '@cucumber/cucumber';
import type { BookingTransportName, MalformedBookingBody } from '../src/booking/booking-requests.ts';
import type { BookingVariant } from '../src/booking/booking-variants.ts';
import { expectBookingCreated } from '../src/assertions/expect-booking-created.ts';
import { expectEveryBookingCreated, expectIdInBodyAnswer, expectSlotNoLongerFree, expectUniqueLogicalIds } from '../src/assertions/expect-booking-outcomes.ts';
import { expectBookingRefusal, type BookingRefusal } from '../src/assertions/expect-booking-refusal.ts';
import { expectFhirContentType } from '../src/assertions/expect-fhir-content-type.ts';
import { expectAppointmentsAdded, expectOneAppointmentForRetries, expectOneBookingWinner } from '../src/assertions/expect-race-outcome.ts';
import { expectRetryAnswer } from '../src/assertions/expect-retry-answer.ts';
import { expectLastModified, expectVersionedLocation, expectWeakEtag } from '../src/assertions/expect-version-headers.ts';
import type { ConsumerPhrase } from '../src/drivers/consumer-roles.ts';
import type { ServiceRole } from '../src/drivers/service-roles.ts';
import { LABELS } from './support/labels.ts';
import type { ProviderWorld } from './support/provider-world.ts';

// Arrange

Given('a free slot to book from {service}', async function (this: ProviderWorld, role: ServiceRole) {
  await this.bookings.arrangeSlot(role);
});

Given('a free slot withheld from {consumer}', async function (this: ProviderWorld, phrase: ConsumerPhrase) {
  await this.bookings.arrangeWithheldSlot(phrase);
});

Given('the consumer has booked that slot', async function (this: ProviderWorld) {
  await this.bookings.arrangeBooking();
});

Given('the consumer\'s token is scoped {foreignScope}', function (this: ProviderWorld, scope: string) {
  this.tokens.useClaims({ requested_scope: scope });
});

// Act

When('the consumer books that slot', async function (this: ProviderWorld) {
  await this.bookings.book();
});

When('the consumer books that slot with {bookingVariant}', async function (this: ProviderWorld, variant: BookingVariant) {
  await this.bookings.book(variant);
});

When('the consumer books that slot sending {bookingTransport}', async function (this: ProviderWorld, transport: BookingTransportName) {
  await this.bookings.book(undefined, transport);
});

When('{consumer} books that slot', async function (this: ProviderWorld, phrase: ConsumerPhrase) {
  this.speakAs(phrase);
  await this.bookings.book();
});

When('the consumer posts {malformedBookingBody} as a booking', async function (this: ProviderWorld, name: MalformedBookingBody) {
  await this.bookings.postMalformed(name);
});

When('the consumer retries that booking with the same X-Request-ID', async function (this: ProviderWorld) {
  await this.bookings.retry();
});

When('the consumer books every free slot returned, up to the target\'s limit', async function (this: ProviderWorld) {
  await this.bookings.bookReturnedSlots();
});

When('the consumer books a sample of free slots', async function (this: ProviderWorld) {
  await this.bookings.bookSample();
});

When('the consumer searches for free slots around that slot', async function (this: ProviderWorld) {
  await this.bookings.searchAroundSlot();
});

When('the consumer books that slot in concurrent requests', async function (this: ProviderWorld) {
  await this.bookings.bookConcurrently();
});

When('the consumer sends one booking of that slot in concurrent retries', async function (this: ProviderWorld) {
  await this.bookings.retryConcurrently();
});

// Assert

Then('the booking is created', function (this: ProviderWorld) {
  expectBookingCreated(this.exchanges.responseLabelled(LABELS.booking), this.obligations);
});

Then('the booking\'s Location names its first version', function (this: ProviderWorld) {
  const exchange = this.exchanges.responseLabelled(LABELS.booking);
  expectVersionedLocation(exchange, expectBookingCreated(exchange, ['BOOK-22']), this.target.config.baseUrl, this.target.policy);
});

Then('the booking\'s ETag is the weak form of its version', function (this: ProviderWorld) {
  const exchange = this.exchanges.responseLabelled(LABELS.booking);
  expectWeakEtag(exchange, expectBookingCreated(exchange, ['BOOK-23']).versionId, ['BOOK-23', 'HTTP-11'], this.target.policy, this.warn);
  expectLastModified(exchange, ['BOOK-23'], false, this.warn);
});

Then('the booking is answered in FHIR JSON', function (this: ProviderWorld) {
  expectFhirContentType(this.exchanges.responseLabelled(LABELS.booking), 'json', ['HTTP-03'], this.warn);
});

Then('the booking is refused as {bookingRefusal}', function (this: ProviderWorld, refusal: BookingRefusal) {
  expectBookingRefusal(this.exchanges.responseLabelled(LABELS.booking), refusal, this.target.policy, this.warn);
});

Then('no appointment was created', function (this: ProviderWorld) {
  expectAppointmentsAdded(this.bookings.census, 0, this.exchanges.responseLabelled(LABELS.booking), this.obligations, this.warn);
});

Then('the id sent in the body is not the one assigned', function (this: ProviderWorld) {
  expectIdInBodyAnswer(this.exchanges.responseLabelled(LABELS.booking), 'consumer-chosen-1', this.target.policy, this.warn);
});

Then('the retry is answered without a second appointment', function (this: ProviderWorld) {
  const { id, version } = this.appointments.booked;
  expectRetryAnswer(this.exchanges.responseLabelled(LABELS.retry), { id, versionId: version.versionId }, 'booking', this.target.policy, this.warn);
});

Then('every one of those bookings is created', function (this: ProviderWorld) {
  expectEveryBookingCreated(this.exchanges.lastBatch());
});

Then('those bookings have distinct logical ids', function (this: ProviderWorld) {
  expectUniqueLogicalIds(this.exchanges.lastBatch());
});

Then('that slot no longer comes back as free', function (this: ProviderWorld) {
  expectSlotNoLongerFree(this.searches.searchset(), this.bookings.slot.id);
});

Then('exactly one concurrent booking is created and the others are refused as the slot is taken', function (this: ProviderWorld) {
  expectOneBookingWinner(this.exchanges.lastBatch(), this.target.policy, this.warn);
});

Then('the concurrent retries create exactly one appointment', function (this: ProviderWorld) {
  expectOneAppointmentForRetries(this.exchanges.lastBatch(), this.target.policy, this.warn);
});

Then('the provider holds exactly one more appointment', function (this: ProviderWorld) {
  expectAppointmentsAdded(this.bookings.census, 1, this.exchanges.lastBatch()[0], this.obligations, this.warn);
});
