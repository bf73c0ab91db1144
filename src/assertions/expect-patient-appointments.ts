// REG-02 / REG-03 / REG-05: the answer to a patient appointment search: 200 with a searchset of
// exactly the patient's appointments the scenario booked, in one page (no `next` link), each entry
// with a version-specific fullUrl, status, start, end, created and a participant naming the patient
// (the national reference `https://demographics.spineservices.nhs.uk/<nhs>` or the NHS number as
// an identifier, as in the NBA sample). Each Appointment validates as any returned resource; the
// Bundle is not run through the Bundle invariants, whose bdl-8 forbids the version-specific
// fullUrl REG-05 requires (the NBA page and the STU3 Bundle disagree; REG-05 is the rule here).
import { NATIONAL_PATIENT_BASE, NHS_NUMBER_SYSTEM } from '../../mocks/domain/patient-search/parse-patient-appointment-query.ts';
import type { Exchange } from '../client/exchange.ts';
import { expectStatus } from './expect-status.ts';
import { expectValidFhir, type ResourceValidator } from './expect-valid-fhir.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { readSearchset, type EntryView } from '../fhir/searchset-view.ts';

const VERSIONED_FULL_URL = /\/Appointment\/([^/]+)\/_history\/([^/]+)$/;

export interface PatientAppointmentsExpectation {
  readonly nhsNumber: string;
  /** The ids of the appointments booked for the patient (their order is the provider's). */
  readonly ids: readonly string[];
}

function namesPatient(actor: unknown, nhsNumber: string): boolean {
  if (typeof actor !== 'object' || actor === null) return false;
  const { reference, identifier } = actor as { reference?: unknown; identifier?: { system?: unknown; value?: unknown } };
  return reference === `${NATIONAL_PATIENT_BASE}${nhsNumber}` || (identifier?.system === NHS_NUMBER_SYSTEM && identifier.value === nhsNumber);
}

/** What REG-05 finds missing on one entry (empty when the entry has everything). */
function entryProblems(entry: EntryView, nhsNumber: string): string[] {
  const resource = entry.resource;
  const versioned = typeof entry.fullUrl === 'string' ? VERSIONED_FULL_URL.exec(entry.fullUrl) : null;
  const versionId = (resource.meta as { versionId?: unknown } | undefined)?.versionId;
  const participants = Array.isArray(resource.participant) ? (resource.participant as { actor?: unknown }[]) : [];
  return [
    ...(versioned && decodeURIComponent(versioned[1]) === resource.id && (versionId === undefined || decodeURIComponent(versioned[2]) === versionId)
      ? [] : [`fullUrl ${String(entry.fullUrl)} is not [base]/Appointment/${String(resource.id)}/_history/<current version>`]),
    ...(['status', 'start', 'end', 'created'] as const).filter((name) => typeof resource[name] !== 'string').map((name) => `no ${name}`),
    ...(participants.some((p) => namesPatient(p.actor, nhsNumber)) ? [] : [`no participant names patient ${nhsNumber}`]),
  ].map((problem) => `Bundle.entry[${entry.index}]: ${problem}`);
}

export async function expectPatientAppointments(exchange: Exchange, expected: PatientAppointmentsExpectation, validator: ResourceValidator, warn: Warn): Promise<void> {
  expectStatus(exchange, [200], ['REG-02']);
  const view = readSearchset(exchange, ['REG-02']);
  if (view.bundle.type !== 'searchset') fail(exchange, { code: 'NOT_A_SEARCHSET', obligations: ['REG-02'], reason: 'the Bundle is not a searchset', expected: 'searchset', actual: view.bundle.type });
  const links = Array.isArray(view.bundle.link) ? (view.bundle.link as { relation?: unknown }[]) : [];
  if (links.some((link) => link.relation === 'next')) {
    fail(exchange, { code: 'PATIENT_SEARCH_PAGED', obligations: ['REG-03'], reason: 'the patient appointment search is paged (the Bundle has a next link)', expected: 'every appointment in one Bundle, no next link', actual: links });
  }
  const appointments = view.entries.filter((entry) => entry.resource.resourceType === 'Appointment');
  const found = appointments.map((entry) => String(entry.resource.id)).sort();
  if (JSON.stringify(found) !== JSON.stringify([...expected.ids].sort())) {
    fail(exchange, { code: 'PATIENT_APPOINTMENTS_MISMATCH', obligations: ['REG-02'], reason: `the search did not return exactly the ${expected.ids.length} appointments booked for the patient`, expected: [...expected.ids].sort(), actual: found });
  }
  const problems = appointments.flatMap((entry) => entryProblems(entry, expected.nhsNumber));
  if (problems.length > 0) {
    fail(exchange, { code: 'PATIENT_APPOINTMENT_FIELDS', obligations: ['REG-05'], reason: `${problems.length} field problem(s) in the returned appointments`, expected: 'a version-specific fullUrl, status, start, end, created and a participant naming the patient', actual: problems.slice(0, 20) });
  }
  for (const entry of appointments) await expectValidFhir(exchange, entry.resource, 'Appointment', validator, ['REG-05', 'PROF-02'], warn);
}
