// The booking, read and cancel vocabulary as custom parameter types. As in parameter-types.ts, each
// pattern is built from the table the value is looked up in, so an unimplemented phrase is an
// undefined step, never a pass.
import { defineParameterType } from '@cucumber/cucumber';
import { APPOINTMENT_READ_NAMES, APPOINTMENT_STATUSES, APPOINTMENT_VERSIONS } from '../../src/booking/appointment-reads.ts';
import { BOOKING_TRANSPORT_NAMES, MALFORMED_BOOKING_BODY_NAMES } from '../../src/booking/booking-requests.ts';
import { BOOKING_VARIANT_NAMES } from '../../src/booking/booking-variants.ts';
import { CANCEL_VARIANT_NAMES } from '../../src/booking/cancel-variants.ts';
import { BOOKING_REFUSAL_NAMES } from '../../src/assertions/expect-booking-refusal.ts';
import { CANCEL_REFUSAL_NAMES } from '../../src/assertions/expect-cancel-answer.ts';
import { UEC_OPERATIONS } from '../../src/assertions/expect-version-headers.ts';
import { INVALID_PATIENT_QUERY_PHRASES, PATIENT_CRITERION_PHRASES } from '../../src/drivers/patient-search.ts';
import { FAILING_INTERACTION_PHRASES } from '../../src/drivers/provoke-server-failure.ts';
import { oneOf } from './parameter-types.ts';

// BOOK-20 / JWT-16: scopes a booking must not be accepted with.
export const FOREIGN_SCOPES = ['patient/appointment.read', 'organization/slot.read'] as const;

const TABLES: Readonly<Record<string, readonly string[]>> = {
  bookingVariant: BOOKING_VARIANT_NAMES,
  bookingTransport: BOOKING_TRANSPORT_NAMES,
  malformedBookingBody: MALFORMED_BOOKING_BODY_NAMES,
  bookingRefusal: BOOKING_REFUSAL_NAMES,
  cancelVariant: CANCEL_VARIANT_NAMES,
  cancelRefusal: CANCEL_REFUSAL_NAMES,
  appointmentRead: APPOINTMENT_READ_NAMES,
  appointmentVersion: APPOINTMENT_VERSIONS,
  appointmentStatus: APPOINTMENT_STATUSES,
  uecOperation: UEC_OPERATIONS,
  foreignScope: FOREIGN_SCOPES,
  patientCriterion: PATIENT_CRITERION_PHRASES,
  invalidPatientQuery: INVALID_PATIENT_QUERY_PHRASES,
  failingInteraction: FAILING_INTERACTION_PHRASES,
};

for (const [name, values] of Object.entries(TABLES)) {
  defineParameterType({ name, regexp: oneOf(values), transformer: (text: string) => text, useForSnippets: false });
}
