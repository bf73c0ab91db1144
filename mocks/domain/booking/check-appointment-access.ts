// JWT-23 (UEC er_overview: 403 for a consumer or canceller not permitted): an appointment belongs to
// the consumer organisation that booked it. Under the strict switch only that organisation may
// read, version-read or cancel it; another one is refused without learning anything of it.
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import type { RequestingConsumer } from '../types.ts';
import type { StoredAppointmentVersion } from './booking-types.ts';
import { isVisibleToConsumer } from './is-visible-to-consumer.ts';

export type AppointmentAction = 'read' | 'cancel';

export function checkAppointmentAccess(
  appointment: Pick<StoredAppointmentVersion, 'id' | 'ownerOdsCode'>,
  consumer: RequestingConsumer,
  config: Pick<ProviderConfig, 'appointmentAccess'>,
  action: AppointmentAction,
): Problem | undefined {
  if (config.appointmentAccess === 'any' || isVisibleToConsumer(appointment, consumer)) return undefined;
  return {
    code: 'ORG_DENIED',
    diagnostics: `Organisation ${consumer.odsCode} may not ${action} Appointment/${appointment.id}: only the organisation that booked it may (JWT-23)`,
  };
}
