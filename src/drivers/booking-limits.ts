// How much booking a scenario may do on the target: a handful by default (a real provider's diary
// is not ours to fill), more where the target says so (the embedded mock: a day of slots, 50-way
// races). Every booking is cancelled after the scenario.
import type { ResolvedTarget } from '../targets/resolved-target.ts';

export interface BookingLimits {
  /** SLOT-09: free slots booked to prove them bookable. */
  readonly slotsToProve: number;
  /** BOOK-25: bookings whose ids are compared. */
  readonly idSampleSize: number;
  /** `@race`: concurrent requests per race. */
  readonly raceConcurrency: number;
  /** REG-03: appointments booked for one patient to show the search is never paged. */
  readonly patientAppointments: number;
}

export const DEFAULT_BOOKING_LIMITS: BookingLimits = { slotsToProve: 3, idSampleSize: 5, raceConcurrency: 20, patientAppointments: 50 };

export function bookingLimits(target: ResolvedTarget): BookingLimits {
  return { ...DEFAULT_BOOKING_LIMITS, ...target.config.booking };
}
