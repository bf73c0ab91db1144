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
import { LABELS, type BookingWorld } from './support/booking-world.ts';

// Arrange

Given('a free slot to book from {service}', async function (this: BookingWorld, role: ServiceRole) {
  await this.arrangeSlot(role);
});

Given('a free slot withheld from {consumer}', async function (this: BookingWorld, phrase: ConsumerPhrase) {
  await this.arrangeWithheldSlot(phrase);
});

Given('the consumer has booked that slot', async function (this: BookingWorld) {
  await this.arrangeBooking();
});

Given('the consumer\'s token is scoped {foreignScope}', function (this: BookingWorld, scope: string) {
  this.tokens.useClaims({ requested_scope: scope });
});

// Act

When('the consumer books that slot', async function (this: BookingWorld) {
  await this.book();
});

When('the consumer books that slot with {bookingVariant}', async function (this: BookingWorld, variant: BookingVariant) {
  await this.book(variant);
});

When('the consumer books that slot sending {bookingTransport}', async function (this: BookingWorld, transport: BookingTransportName) {
  await this.book(undefined, transport);
});

When('{consumer} books that slot', async function (this: BookingWorld, phrase: ConsumerPhrase) {
  this.speakAs(phrase);
  await this.book();
});

When('the consumer posts {malformedBookingBody} as a booking', async function (this: BookingWorld, name: MalformedBookingBody) {
  await this.postMalformedBooking(name);
});

When('the consumer retries that booking with the same X-Request-ID', async function (this: BookingWorld) {
  await this.retryBooking();
});

When('the consumer books every free slot returned, up to the target\'s limit', async function (this: BookingWorld) {
  await this.bookReturnedSlots();
});

When('the consumer books a sample of free slots', async function (this: BookingWorld) {
  await this.bookSample();
});

When('the consumer searches for free slots around that slot', async function (this: BookingWorld) {
  await this.searchAroundSlot();
});

When('the consumer books that slot in concurrent requests', async function (this: BookingWorld) {
  await this.bookConcurrently();
});

When('the consumer sends one booking of that slot in concurrent retries', async function (this: BookingWorld) {
  await this.retryConcurrently();
});

// Assert

Then('the booking is created', function (this: BookingWorld) {
  expectBookingCreated(this.responseLabelled(LABELS.booking), this.obligations);
});

Then('the booking\'s Location names its first version', function (this: BookingWorld) {
  const exchange = this.responseLabelled(LABELS.booking);
  expectVersionedLocation(exchange, expectBookingCreated(exchange, ['BOOK-22']), this.target.config.baseUrl, this.target.policy);
});

Then('the booking\'s ETag is the weak form of its version', function (this: BookingWorld) {
  const exchange = this.responseLabelled(LABELS.booking);
  expectWeakEtag(exchange, expectBookingCreated(exchange, ['BOOK-23']).versionId, ['BOOK-23', 'HTTP-11'], this.target.policy, this.warn);
  expectLastModified(exchange, ['BOOK-23'], false, this.warn);
});

Then('the booking is answered in FHIR JSON', function (this: BookingWorld) {
  expectFhirContentType(this.responseLabelled(LABELS.booking), 'json', ['HTTP-03'], this.warn);
});

Then('the booking is refused as {bookingRefusal}', function (this: BookingWorld, refusal: BookingRefusal) {
  expectBookingRefusal(this.responseLabelled(LABELS.booking), refusal, this.target.policy, this.warn);
});

Then('no appointment was created', function (this: BookingWorld) {
  expectAppointmentsAdded(this.appointments.census, 0, this.responseLabelled(LABELS.booking), this.obligations, this.warn);
});

Then('the id sent in the body is not the one assigned', function (this: BookingWorld) {
  expectIdInBodyAnswer(this.responseLabelled(LABELS.booking), 'consumer-chosen-1', this.target.policy, this.warn);
});

Then('the retry is answered without a second appointment', function (this: BookingWorld) {
  const { id, version } = this.appointments.booked;
  expectRetryAnswer(this.responseLabelled(LABELS.retry), { id, versionId: version.versionId }, 'booking', this.target.policy, this.warn);
});

Then('every one of those bookings is created', function (this: BookingWorld) {
  expectEveryBookingCreated(this.batchResponses());
});

Then('those bookings have distinct logical ids', function (this: BookingWorld) {
  expectUniqueLogicalIds(this.batchResponses());
});

Then('that slot no longer comes back as free', function (this: BookingWorld) {
  expectSlotNoLongerFree(this.searchset(), this.appointments.slot.id);
});

Then('exactly one concurrent booking is created and the others are refused as the slot is taken', function (this: BookingWorld) {
  expectOneBookingWinner(this.batchResponses(), this.target.policy, this.warn);
});

Then('the concurrent retries create exactly one appointment', function (this: BookingWorld) {
  expectOneAppointmentForRetries(this.batchResponses(), this.target.policy, this.warn);
});

Then('the provider holds exactly one more appointment', function (this: BookingWorld) {
  expectAppointmentsAdded(this.appointments.census, 1, this.batchResponses()[0], this.obligations, this.warn);
});
