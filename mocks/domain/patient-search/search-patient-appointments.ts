// REG-02 / REG-04: the appointments a patient appointment search returns: the patient's, that the
// requesting consumer may see, not yet over. Booking order is kept; the caller never pages (REG-03).
import type { StoredAppointmentVersion } from '../booking/booking-types.ts';
import { isVisibleToConsumer } from '../booking/is-visible-to-consumer.ts';
import type { RequestingConsumer } from '../types.ts';
import type { PatientAppointmentQuery } from './parse-patient-appointment-query.ts';

export function searchPatientAppointments(
  latest: readonly StoredAppointmentVersion[],
  query: PatientAppointmentQuery,
  consumer: RequestingConsumer,
  nowMs: number,
): readonly StoredAppointmentVersion[] {
  return latest.filter((appointment) =>
    appointment.nhsNumber === query.nhsNumber
    && isVisibleToConsumer(appointment, consumer)
    // REG-04: an appointment that has ended is in the past.
    && appointment.endMs > nowMs);
}
