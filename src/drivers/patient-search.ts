// The patient appointment search (REG-01..06) as the suite drives it: a fresh test patient per
// scenario (so bookings left on a live target by anyone else never count), the published spellings
// of the patient criterion, and the skip when the target does not declare the search at all.
import { randomInt } from 'node:crypto';
import { isValidNhsNumber } from '../../mocks/domain/booking/is-valid-nhs-number.ts';
import { NATIONAL_PATIENT_BASE, NHS_NUMBER_SYSTEM } from '../../mocks/domain/patient-search/parse-patient-appointment-query.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import type { RequestSpec } from '../client/target-client.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

/** The `{patientCriterion}` phrases: the spellings of REG-01 / C-39, each a way to name the patient. */
export const PATIENT_CRITERIA = {
  'the NBA example query': (nhs: string) => ['Appointment.participant.actor:Patient.identifier', `${NHS_NUMBER_SYSTEM}|${nhs}`],
  'the Patient reference': (nhs: string) => ['Patient', `${NATIONAL_PATIENT_BASE}${nhs}`],
  'the capability identifier': (nhs: string) => ['identifier', `${NHS_NUMBER_SYSTEM}|${nhs}`],
} as const satisfies Record<string, (nhs: string) => readonly [string, string]>;

export type PatientCriterion = keyof typeof PATIENT_CRITERIA;
export const PATIENT_CRITERION_PHRASES = Object.keys(PATIENT_CRITERIA) as readonly PatientCriterion[];

/** REG-06: queries the provider must refuse with 400. */
export const INVALID_PATIENT_QUERIES = {
  'no patient criterion': () => '',
  'an NHS number with a wrong check digit': () => `identifier=${encodeURIComponent(`${NHS_NUMBER_SYSTEM}|9483726159`)}`,
} as const satisfies Record<string, () => string>;

export type InvalidPatientQuery = keyof typeof INVALID_PATIENT_QUERIES;
export const INVALID_PATIENT_QUERY_PHRASES = Object.keys(INVALID_PATIENT_QUERIES) as readonly InvalidPatientQuery[];

/** A valid NHS number in the 999 test range, new for each call. */
export function newTestNhsNumber(draw: (max: number) => number = randomInt): string {
  for (;;) {
    const candidate = `999${String(draw(1_000_000)).padStart(6, '0')}`;
    const withCheck = Array.from({ length: 10 }, (_, digit) => `${candidate}${digit}`).find(isValidNhsNumber);
    if (withCheck) return withCheck;
  }
}

export function patientSearchRequest(query: string, label: string): Pick<RequestSpec, 'interaction' | 'method' | 'path' | 'label'> {
  return { interaction: 'appointment-search', method: 'GET', path: query === '' ? '/Appointment' : `/Appointment?${query}`, label };
}

export function patientCriterionQuery(criterion: PatientCriterion, nhsNumber: string): string {
  const [name, value] = PATIENT_CRITERIA[criterion](nhsNumber);
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/** REG-02: the search applies only where the CapabilityStatement declares it (search-type on Appointment). */
export function requirePatientSearchDeclared(statement: FhirResource): void {
  const rest = Array.isArray(statement.rest) ? (statement.rest as Record<string, unknown>[]) : [];
  const appointment = rest.flatMap((r) => (Array.isArray(r.resource) ? (r.resource as Record<string, unknown>[]) : [])).find((r) => r.type === 'Appointment');
  const codes = Array.isArray(appointment?.interaction) ? (appointment.interaction as { code?: unknown }[]).map((i) => i.code) : [];
  if (!codes.includes('search-type')) {
    throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', 'the CapabilityStatement does not declare the search-type interaction on Appointment (patient appointment search)');
  }
}
