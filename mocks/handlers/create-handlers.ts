// The one MSW handler list of the mock provider, used in-process (setupServer) and over a real
// socket (the node:http adapter). Order matters: interactions, then admin, then 405/404 fallbacks.
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { adminHandlers } from './admin-handlers.ts';
import { appointmentHandlers } from './appointment-handlers.ts';
import { fallbackHandlers } from './fallback-handlers.ts';
import { metadataHandlers } from './metadata-handlers.ts';
import { patientAppointmentSearchHandlers } from './patient-appointment-search-handlers.ts';
import { slotSearchHandlers } from './slot-search-handlers.ts';

export function createHandlers(state: MockProviderState) {
  return [
    ...metadataHandlers(state),
    ...slotSearchHandlers(state),
    ...appointmentHandlers(state),
    ...patientAppointmentSearchHandlers(state),
    ...adminHandlers(state),
    ...fallbackHandlers(state),
  ];
}
