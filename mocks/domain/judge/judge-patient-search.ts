// REG-01: a patient appointment search names the patient in one of the published spellings
// (C-39) with a valid NHS number; its scope and interaction id are JWT-15 and SSP-05 on the same
// request (the composite row of REG-01).
import { parsePatientAppointmentQuery, PATIENT_CRITERION_NAMES } from '../patient-search/parse-patient-appointment-query.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { RequestView } from './to-request-view.ts';

export function judgePatientSearch(view: Pick<RequestView, 'params'>): Finding {
  // Unknown parameters are the provider's to ignore (C-11), so they do not fail the consumer.
  const parsed = parsePatientAppointmentQuery(view.params, { unknownParamPolicy: 'ignore' });
  return parsed.ok
    ? finding('REG-01', 'pass', `patient named by ${PATIENT_CRITERION_NAMES[parsed.query.form]}`)
    : finding('REG-01', 'fail', parsed.problem.diagnostics, Object.fromEntries(view.params));
}
