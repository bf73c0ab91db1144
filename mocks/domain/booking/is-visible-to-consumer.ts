// REG-02 / JWT-23: an appointment belongs to the consumer organisation that booked it (the ODS code of
// the JWT `requesting_organization`); one rule for the patient appointment search and for the
// owner-only check on read and cancel.
import type { RequestingConsumer } from '../types.ts';
import type { StoredAppointmentVersion } from './booking-types.ts';

export function isVisibleToConsumer(
  appointment: Pick<StoredAppointmentVersion, 'ownerOdsCode'>,
  consumer: Pick<RequestingConsumer, 'odsCode'>,
): boolean {
  return appointment.ownerOdsCode === consumer.odsCode;
}
