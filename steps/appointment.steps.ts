// Reading and cancelling a booked appointment (sections 2.7 and 2.8 of the obligations catalogue,
// the version headers of 2.10), the cancel race, and searching for a patient's appointments
// (section 2.9, REG-01..06).
import { Given, Then, When } from '@cucumber/cucumber';
import type { AppointmentRead, AppointmentStatusName, AppointmentVersionName } from '../src/booking/appointment-reads.ts';
import type { CancelVariant } from '../src/booking/cancel-variants.ts';
import { expectAppointmentRead, expectBookedFieldsPreserved, expectMalformedReadParamAnswer, expectProviderPatientIdentifier } from '../src/assertions/expect-appointment-read.ts';
import { readAppointment } from '../src/assertions/expect-booking-created.ts';
import { expectCancelAccepted, expectCancelHeaders, expectCancelRefusal, expectRecancelAnswer, expectStoredUnchanged, type CancelRefusal } from '../src/assertions/expect-cancel-answer.ts';
import { expectOneCancelWinner } from '../src/assertions/expect-race-outcome.ts';
import { expectRetryAnswer } from '../src/assertions/expect-retry-answer.ts';
import { expectUecResponseHeaders, type UecOperation } from '../src/assertions/expect-version-headers.ts';
import type { ConsumerPhrase } from '../src/drivers/consumer-roles.ts';
import { requireOwnerOnlyAppointments } from '../src/drivers/require-owner-only-appointments.ts';
import type { ProviderWorld } from './support/provider-world.ts';
import { LABELS } from './support/labels.ts';
import { expectPatientAppointments } from '../src/assertions/expect-patient-appointments.ts';
import { bookForPatient } from '../src/drivers/book-for-patient.ts';
import { bookingLimits } from '../src/drivers/booking-limits.ts';
import { INVALID_PATIENT_QUERIES, patientCriterionQuery, patientSearchRequest, requirePatientSearchDeclared, type InvalidPatientQuery, type PatientCriterion } from '../src/drivers/patient-search.ts';
import { readCapabilityStatement } from '../src/drivers/read-capability-statement.ts';

const ANSWER_OF: Readonly<Record<UecOperation, string>> = { create: LABELS.booking, read: LABELS.read, update: LABELS.cancel };

// Arrange

Given('that appointment is cancelled', async function (this: ProviderWorld) {
  await this.appointments.arrangeCancel();
});

Given('the target declares that only the organisation that booked an appointment may read or cancel it', function (this: ProviderWorld) {
  requireOwnerOnlyAppointments(this.target);
});

// Act

When('the consumer reads {appointmentRead}', async function (this: ProviderWorld, name: AppointmentRead) {
  await this.appointments.read(name);
});

When('the consumer reads {appointmentVersion} of that appointment', async function (this: ProviderWorld, name: AppointmentVersionName) {
  await this.appointments.readVersion(name);
});

When('{consumer} reads that appointment', async function (this: ProviderWorld, phrase: ConsumerPhrase) {
  await this.appointments.readAs(phrase);
});

When('{consumer} reads {appointmentVersion} of that appointment', async function (this: ProviderWorld, phrase: ConsumerPhrase, name: AppointmentVersionName) {
  await this.appointments.readAs(phrase, name);
});

When('{consumer} cancels that appointment', async function (this: ProviderWorld, phrase: ConsumerPhrase) {
  await this.appointments.cancelAs(phrase);
});

When('the consumer cancels that appointment', async function (this: ProviderWorld) {
  await this.appointments.cancel();
});

When('the consumer cancels that appointment {cancelVariant}', async function (this: ProviderWorld, variant: CancelVariant) {
  await this.appointments.cancel(variant);
});

When('the consumer sends concurrent cancels of that appointment made from one read', async function (this: ProviderWorld) {
  await this.appointments.cancelConcurrently();
});

// Assert: reads

Then('the appointment is read', function (this: ProviderWorld) {
  expectAppointmentRead(this.exchanges.responseLabelled(LABELS.read), { id: this.appointments.booked.id }, this.obligations, this.target.policy, this.warn);
});

Then('{appointmentVersion} is read with status {appointmentStatus}', function (this: ProviderWorld, name: AppointmentVersionName, status: AppointmentStatusName) {
  const expected = { id: this.appointments.booked.id, versionId: this.appointments.versionNamed(name).versionId, status };
  expectAppointmentRead(this.exchanges.responseLabelled(name), expected, this.obligations, this.target.policy, this.warn);
});

Then('the appointment read keeps the fields it was booked with', function (this: ProviderWorld) {
  const exchange = this.exchanges.responseLabelled(LABELS.read);
  expectBookedFieldsPreserved(exchange, expectAppointmentRead(exchange, { id: this.appointments.booked.id }, ['READ-06'], this.target.policy, this.warn).resource, this.appointments.booked.sent);
});

Then('the appointment read carries the provider\'s own patient identifier', function (this: ProviderWorld) {
  const exchange = this.exchanges.responseLabelled(LABELS.read);
  expectProviderPatientIdentifier(exchange, expectAppointmentRead(exchange, { id: this.appointments.booked.id }, ['BOOK-28'], this.target.policy, this.warn).resource);
});

Then('the malformed read parameter is refused', function (this: ProviderWorld) {
  expectMalformedReadParamAnswer(this.exchanges.responseLabelled(LABELS.read), this.appointments.booked.id, this.target.policy, this.warn);
});

Then('the appointment is read as the version booked', function (this: ProviderWorld) {
  const exchange = this.exchanges.responseLabelled(LABELS.read);
  expectStoredUnchanged(exchange, expectAppointmentRead(exchange, { id: this.appointments.booked.id }, ['CAN-06'], this.target.policy, this.warn).resource, this.appointments.booked.version);
});

Then('the appointment is read as still booked', function (this: ProviderWorld) {
  expectAppointmentRead(this.exchanges.responseLabelled(LABELS.read), { id: this.appointments.booked.id, versionId: this.appointments.booked.version.versionId, status: 'booked' }, this.obligations, this.target.policy, this.warn);
});

Then('the appointment is read as cancelled', function (this: ProviderWorld) {
  expectAppointmentRead(this.exchanges.responseLabelled(LABELS.read), { id: this.appointments.booked.id, status: 'cancelled' }, this.obligations, this.target.policy, this.warn);
});

Then('the {uecOperation} answer carries the headers of the UEC table', function (this: ProviderWorld, operation: UecOperation) {
  const exchange = this.exchanges.responseLabelled(ANSWER_OF[operation]);
  expectUecResponseHeaders(exchange, operation, readAppointment(exchange, ['HTTP-12']), this.target.policy, this.warn);
});

// Assert: cancels

Then('the cancel is accepted', function (this: ProviderWorld) {
  expectCancelAccepted(this.exchanges.responseLabelled(LABELS.cancel), { id: this.appointments.booked.id, versionId: this.appointments.cancelledFrom.versionId }, this.obligations);
});

Then('the cancel carries Location, ETag and Last-Modified', function (this: ProviderWorld) {
  const exchange = this.exchanges.responseLabelled(LABELS.cancel);
  const cancelled = expectCancelAccepted(exchange, { id: this.appointments.booked.id, versionId: this.appointments.cancelledFrom.versionId }, ['CAN-04']);
  expectCancelHeaders(exchange, cancelled, this.target.config.baseUrl, this.target.policy, this.warn);
});

Then('the cancel is refused as {cancelRefusal}', function (this: ProviderWorld, refusal: CancelRefusal) {
  expectCancelRefusal(this.exchanges.responseLabelled(LABELS.cancel), refusal, this.target.policy, this.warn);
});

Then('the repeated cancel is answered without a new version', function (this: ProviderWorld) {
  const { cancelled, booked } = this.appointments;
  const expected = { id: booked.id, versionId: cancelled.versionId, previousVersionId: booked.version.versionId, resource: cancelled.resource };
  expectRetryAnswer(this.exchanges.responseLabelled(LABELS.cancel), expected, 'cancel', this.target.policy, this.warn);
});

Then('the second cancel is accepted or refused', function (this: ProviderWorld) {
  expectRecancelAnswer(this.exchanges.responseLabelled(LABELS.cancel), this.obligations, this.target.policy, this.warn);
});

Then('exactly one concurrent cancel is accepted and the others are refused as stale', function (this: ProviderWorld) {
  expectOneCancelWinner(this.exchanges.lastBatch(), this.target.policy, this.warn);
});

Given('the target declares the patient appointment search', async function (this: ProviderWorld) {
  requirePatientSearchDeclared(await readCapabilityStatement(this));
});

Given('a new patient with {int} booked appointments', async function (this: ProviderWorld, count: number) {
  const booked = await bookForPatient(this, count);
  this.patients.recordPatient(booked.nhsNumber, booked.ids);
});

Given('a new patient with as many booked appointments as the target allows', async function (this: ProviderWorld) {
  const booked = await bookForPatient(this, bookingLimits(this.target).patientAppointments);
  this.patients.recordPatient(booked.nhsNumber, booked.ids);
});

When('the consumer searches for that patient\'s appointments by {patientCriterion}', async function (this: ProviderWorld, criterion: PatientCriterion) {
  await this.exchanges.check(patientSearchRequest(patientCriterionQuery(criterion, this.patients.nhsNumber), `patient appointments by ${criterion}`));
});

When('the consumer searches for patient appointments with {invalidPatientQuery}', async function (this: ProviderWorld, query: InvalidPatientQuery) {
  await this.exchanges.check(patientSearchRequest(INVALID_PATIENT_QUERIES[query](), `patient appointments with ${query}`));
});

Then('exactly that patient\'s appointments are found', async function (this: ProviderWorld) {
  await expectPatientAppointments(this.exchanges.lastResponse(), { nhsNumber: this.patients.nhsNumber, ids: this.patients.ids }, this.validator, this.warn);
});
