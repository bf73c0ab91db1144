// REG-02: a patient appointment search returns only the appointments the requesting consumer may
// see, which is those its own organisation booked (the booked-by ODS code, JWT
// `requesting_organization`). One rule, so an ownership check on read and cancel can share it.
import type { RequestingConsumer } from '../types.ts';

export interface BookedBy {
  /** ODS code of the organisation that booked the appointment. */
  readonly bookedByOdsCode: string;
}

export function isVisibleToConsumer(appointment: BookedBy, consumer: Pick<RequestingConsumer, 'odsCode'>): boolean {
  return appointment.bookedByOdsCode === consumer.odsCode;
}
