// Searching for a patient's appointments (section 2.9 of the obligations catalogue, REG-01..06).
import { Given, Then, When } from '@cucumber/cucumber';
import { expectPatientAppointments } from '../src/assertions/expect-patient-appointments.ts';
import { bookForPatient } from '../src/drivers/book-for-patient.ts';
import { bookingLimits } from '../src/drivers/booking-limits.ts';
import { INVALID_PATIENT_QUERIES, patientCriterionQuery, patientSearchRequest, requirePatientSearchDeclared, type InvalidPatientQuery, type PatientCriterion } from '../src/drivers/patient-search.ts';
import { readCapabilityStatement } from '../src/drivers/read-capability-statement.ts';
import type { AppointmentWorld } from './support/appointment-world.ts';

Given('the target declares the patient appointment search', async function (this: AppointmentWorld) {
  requirePatientSearchDeclared(await readCapabilityStatement(this));
});

Given('a new patient with {int} booked appointments', async function (this: AppointmentWorld, count: number) {
  const booked = await bookForPatient(this, count);
  this.patients.recordPatient(booked.nhsNumber, booked.ids);
});

Given('a new patient with as many booked appointments as the target allows', async function (this: AppointmentWorld) {
  const booked = await bookForPatient(this, bookingLimits(this.target).patientAppointments);
  this.patients.recordPatient(booked.nhsNumber, booked.ids);
});

When('the consumer searches for that patient\'s appointments by {patientCriterion}', async function (this: AppointmentWorld, criterion: PatientCriterion) {
  await this.check(patientSearchRequest(patientCriterionQuery(criterion, this.patients.nhsNumber), `patient appointments by ${criterion}`));
});

When('the consumer searches for patient appointments with {invalidPatientQuery}', async function (this: AppointmentWorld, query: InvalidPatientQuery) {
  await this.check(patientSearchRequest(INVALID_PATIENT_QUERIES[query](), `patient appointments with ${query}`));
});

Then('exactly that patient\'s appointments are found', async function (this: AppointmentWorld) {
  await expectPatientAppointments(this.response, { nhsNumber: this.patients.nhsNumber, ids: this.patients.ids }, this.validator, this.warn);
});
