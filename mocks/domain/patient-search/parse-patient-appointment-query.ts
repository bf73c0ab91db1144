// REG-01 / C-39: the patient criterion of `GET [base]/Appointment?…` has several published
// spellings, and the provider accepts each of them:
//   `Patient=<reference>`                                   the NBA parameter table (a reference)
//   `Appointment.participant.actor:Patient.identifier=<system>|<nhs>`   the NBA example query
//   `Appointment.participant.actor=<system>|<nhs>`          the NBA sample's self link
//   `identifier=<system>|<nhs>`                             the capability statements' parameter
// A reference may be the national one (`https://demographics.spineservices.nhs.uk/<nhs>`) or
// `Patient/<nhs>`; a token must name the NHS number system or none. REG-06: anything else → 400.
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import { isValidNhsNumber } from '../booking/is-valid-nhs-number.ts';

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const NATIONAL_PATIENT_BASE = 'https://demographics.spineservices.nhs.uk/';

export type PatientCriterionForm = 'reference' | 'actor-identifier' | 'actor' | 'identifier';

/** The parameter names of each form, as the spec spells them. */
export const PATIENT_CRITERION_NAMES: Readonly<Record<PatientCriterionForm, string>> = {
  'reference': 'Patient',
  'actor-identifier': 'Appointment.participant.actor:Patient.identifier',
  'actor': 'Appointment.participant.actor',
  'identifier': 'identifier',
};

export interface PatientAppointmentQuery {
  readonly nhsNumber: string;
  readonly form: PatientCriterionForm;
}

export type ParsedPatientAppointmentQuery =
  | { readonly ok: true; readonly query: PatientAppointmentQuery }
  | { readonly ok: false; readonly problem: Problem };

const FORM_OF_NAME = new Map(Object.entries(PATIENT_CRITERION_NAMES).map(([form, name]) => [name, form as PatientCriterionForm]));

function invalid(name: string, diagnostics: string): ParsedPatientAppointmentQuery {
  return { ok: false, problem: { code: 'INVALID_PARAMETER', diagnostics, expression: [name] } };
}

/** The NHS number a criterion value names, or undefined when the value has no readable form. */
function nhsNumberOf(form: PatientCriterionForm, value: string): string | undefined {
  if (form === 'reference') {
    if (value.startsWith(NATIONAL_PATIENT_BASE)) return value.slice(NATIONAL_PATIENT_BASE.length);
    if (value.startsWith('Patient/')) return value.slice('Patient/'.length);
  }
  const bar = value.indexOf('|');
  if (bar < 0) return form === 'reference' ? undefined : value;
  const system = value.slice(0, bar);
  return system === '' || system === NHS_NUMBER_SYSTEM ? value.slice(bar + 1) : undefined;
}

export function parsePatientAppointmentQuery(params: readonly (readonly [string, string])[], config: Pick<ProviderConfig, 'unknownParamPolicy'>): ParsedPatientAppointmentQuery {
  const criteria = params.filter(([name]) => FORM_OF_NAME.has(name));
  const unknown = params.find(([name]) => !FORM_OF_NAME.has(name) && name !== '_format');
  // C-11: unknown names are ignored (strict) or refused, as for slot search.
  if (unknown && config.unknownParamPolicy === 'reject') {
    return { ok: false, problem: { code: 'UNKNOWN_PARAMETER', diagnostics: `Parameter ${unknown[0]} is not supported on an Appointment search`, expression: [unknown[0]] } };
  }
  const names = Object.values(PATIENT_CRITERION_NAMES).join(', ');
  if (criteria.length === 0) return invalid('Patient', `An Appointment search needs the patient, as one of ${names} (REG-01)`);
  if (criteria.length > 1) return invalid(criteria[1][0], `An Appointment search takes one patient criterion; ${criteria.map(([n]) => n).join(' and ')} were sent (REG-01)`);
  const [name, value] = criteria[0];
  const form = FORM_OF_NAME.get(name) as PatientCriterionForm;
  const nhsNumber = nhsNumberOf(form, value);
  if (nhsNumber === undefined) {
    return invalid(name, `${name}=${value} does not name an NHS number; use ${NHS_NUMBER_SYSTEM}|<nhs number>${form === 'reference' ? ` or ${NATIONAL_PATIENT_BASE}<nhs number>` : ''} (REG-01)`);
  }
  if (!isValidNhsNumber(nhsNumber)) return invalid(name, `${nhsNumber} is not a valid NHS number (REG-06)`);
  return { ok: true, query: { nhsNumber, form } };
}
