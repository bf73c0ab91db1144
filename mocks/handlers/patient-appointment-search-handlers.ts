// GET [base]/Appointment?<patient criterion> (REG-01..06): wires the pure patient-search rules to
// MSW; the JWT scope and interaction id are checked by the envelope like every interaction's.
import { http } from 'msw';
import { parsePatientAppointmentQuery } from '../domain/patient-search/parse-patient-appointment-query.ts';
import { searchPatientAppointments } from '../domain/patient-search/search-patient-appointments.ts';
import { toPatientAppointmentBundle } from '../domain/patient-search/to-patient-appointment-bundle.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { handleFhirRequest, type FhirCall, type Handled } from './handle-fhir-request.ts';

function searchPatientBundle(state: MockProviderState, call: FhirCall): Handled {
  const parsed = parsePatientAppointmentQuery([...call.url.searchParams], call.config);
  if (!parsed.ok) return parsed.problem;
  const matches = searchPatientAppointments(state.appointments.list(), parsed.query, call.consumer, call.nowMs);
  const bundle = toPatientAppointmentBundle(matches, parsed.query, {
    baseUrl: state.baseUrl,
    bundleId: crypto.randomUUID(),
    nowIso: new Date(call.nowMs).toISOString(),
  });
  return { status: 200, body: bundle };
}

export function patientAppointmentSearchHandlers(state: MockProviderState) {
  return [
    http.get(`${state.baseUrl}/Appointment`, ({ request }) =>
      handleFhirRequest(state, request, 'appointment-search', (call) => searchPatientBundle(state, call))),
  ];
}
