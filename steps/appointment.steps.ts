// Reading and cancelling a booked appointment (sections 2.7 and 2.8 of the obligations catalogue,
// the version headers of 2.10) and the cancel race.
import { Given, Then, When } from '@cucumber/cucumber';
import type { AppointmentRead, AppointmentStatusName, AppointmentVersionName } from '../src/booking/appointment-reads.ts';
import type { CancelVariant } from '../src/booking/cancel-variants.ts';
import { expectAppointmentRead, expectBookedFieldsPreserved, expectMalformedReadParamAnswer, expectProviderPatientIdentifier } from '../src/assertions/expect-appointment-read.ts';
import { readAppointment } from '../src/assertions/expect-booking-created.ts';
import { expectCancelAccepted, expectCancelHeaders, expectCancelRefusal, expectRecancelAnswer, expectStoredUnchanged, type CancelRefusal } from '../src/assertions/expect-cancel-answer.ts';
import { expectOneCancelWinner } from '../src/assertions/expect-race-outcome.ts';
import { expectRetryAnswer } from '../src/assertions/expect-retry-answer.ts';
import { expectUecResponseHeaders, type UecOperation } from '../src/assertions/expect-version-headers.ts';
import type { AppointmentWorld } from './support/appointment-world.ts';
import { LABELS } from './support/booking-world.ts';

const ANSWER_OF: Readonly<Record<UecOperation, string>> = { create: LABELS.booking, read: LABELS.read, update: LABELS.cancel };

// Arrange

Given('that appointment is cancelled', async function (this: AppointmentWorld) {
  await this.arrangeCancel();
});

// Act

When('the consumer reads {appointmentRead}', async function (this: AppointmentWorld, name: AppointmentRead) {
  await this.read(name);
});

When('the consumer reads {appointmentVersion} of that appointment', async function (this: AppointmentWorld, name: AppointmentVersionName) {
  await this.readVersion(name);
});

When('the consumer cancels that appointment', async function (this: AppointmentWorld) {
  await this.cancel();
});

When('the consumer cancels that appointment {cancelVariant}', async function (this: AppointmentWorld, variant: CancelVariant) {
  await this.cancel(variant);
});

When('the consumer sends concurrent cancels of that appointment made from one read', async function (this: AppointmentWorld) {
  await this.cancelConcurrently();
});

// Assert: reads

Then('the appointment is read', function (this: AppointmentWorld) {
  expectAppointmentRead(this.responseLabelled(LABELS.read), { id: this.appointments.booked.id }, this.obligations, this.target.policy, this.warn);
});

Then('{appointmentVersion} is read with status {appointmentStatus}', function (this: AppointmentWorld, name: AppointmentVersionName, status: AppointmentStatusName) {
  const expected = { id: this.appointments.booked.id, versionId: this.versionNamed(name).versionId, status };
  expectAppointmentRead(this.responseLabelled(name), expected, this.obligations, this.target.policy, this.warn);
});

Then('the appointment read keeps the fields it was booked with', function (this: AppointmentWorld) {
  const exchange = this.responseLabelled(LABELS.read);
  expectBookedFieldsPreserved(exchange, expectAppointmentRead(exchange, { id: this.appointments.booked.id }, ['READ-06'], this.target.policy, this.warn).resource, this.appointments.booked.sent);
});

Then('the appointment read carries the provider\'s own patient identifier', function (this: AppointmentWorld) {
  const exchange = this.responseLabelled(LABELS.read);
  expectProviderPatientIdentifier(exchange, expectAppointmentRead(exchange, { id: this.appointments.booked.id }, ['BOOK-28'], this.target.policy, this.warn).resource);
});

Then('the malformed read parameter is refused', function (this: AppointmentWorld) {
  expectMalformedReadParamAnswer(this.responseLabelled(LABELS.read), this.appointments.booked.id, this.target.policy, this.warn);
});

Then('the appointment is read as the version booked', function (this: AppointmentWorld) {
  const exchange = this.responseLabelled(LABELS.read);
  expectStoredUnchanged(exchange, expectAppointmentRead(exchange, { id: this.appointments.booked.id }, ['CAN-06'], this.target.policy, this.warn).resource, this.appointments.booked.version);
});

Then('the appointment is read as cancelled', function (this: AppointmentWorld) {
  expectAppointmentRead(this.responseLabelled(LABELS.read), { id: this.appointments.booked.id, status: 'cancelled' }, this.obligations, this.target.policy, this.warn);
});

Then('the {uecOperation} answer carries the headers of the UEC table', function (this: AppointmentWorld, operation: UecOperation) {
  const exchange = this.responseLabelled(ANSWER_OF[operation]);
  expectUecResponseHeaders(exchange, operation, readAppointment(exchange, ['HTTP-12']), this.target.policy, this.warn);
});

// Assert: cancels

Then('the cancel is accepted', function (this: AppointmentWorld) {
  expectCancelAccepted(this.responseLabelled(LABELS.cancel), { id: this.appointments.booked.id, versionId: this.appointments.cancelledFrom.versionId }, this.obligations);
});

Then('the cancel carries Location, ETag and Last-Modified', function (this: AppointmentWorld) {
  const exchange = this.responseLabelled(LABELS.cancel);
  const cancelled = expectCancelAccepted(exchange, { id: this.appointments.booked.id, versionId: this.appointments.cancelledFrom.versionId }, ['CAN-04']);
  expectCancelHeaders(exchange, cancelled, this.target.config.baseUrl, this.target.policy, this.warn);
});

Then('the cancel is refused as {cancelRefusal}', function (this: AppointmentWorld, refusal: CancelRefusal) {
  expectCancelRefusal(this.responseLabelled(LABELS.cancel), refusal, this.target.policy, this.warn);
});

Then('the repeated cancel is answered without a new version', function (this: AppointmentWorld) {
  const { cancelled, booked } = this.appointments;
  const expected = { id: booked.id, versionId: cancelled.versionId, previousVersionId: booked.version.versionId, resource: cancelled.resource };
  expectRetryAnswer(this.responseLabelled(LABELS.cancel), expected, 'cancel', this.target.policy, this.warn);
});

Then('the second cancel is accepted or refused', function (this: AppointmentWorld) {
  expectRecancelAnswer(this.responseLabelled(LABELS.cancel), this.obligations, this.target.policy, this.warn);
});

Then('exactly one concurrent cancel is accepted and the others are refused as stale', function (this: AppointmentWorld) {
  expectOneCancelWinner(this.batchResponses(), this.target.policy, this.warn);
});
