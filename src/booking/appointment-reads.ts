// The reads a scenario can send for the appointment it booked (or for one that does not exist):
// the resource itself, its un-versioned Location (BOOK-22), unknown ids and versions (READ-04), the
// id with its letters' case swapped (READ-05) and a malformed parameter (READ-07). The phrases are
// the `{appointmentRead}` parameter type's pattern.
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { parseLocation } from './appointment-answer.ts';
import { appointmentPath } from './appointment-requests.ts';

export interface ReadBasis {
  readonly id: string;
  /** The Location the booking answered with. */
  readonly location?: string;
}

// READ-04: TKW ReadNonExistentAppointment's id.
export const UNKNOWN_APPOINTMENT_ID = '95e58add-0b10-4a8c-817c-2729eb0cab75';
export const UNKNOWN_VERSION_ID = '999';

/** `aB-9` → `Ab-9`. */
export function swapCase(id: string): string {
  return [...id].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

export const APPOINTMENT_READS = {
  'that appointment': ({ id }) => appointmentPath(id),
  // BOOK-22: the Location without its `_history/<vid>` part.
  'that appointment at its Location without the version': ({ id, location }) => appointmentPath(parseLocation(location)?.id ?? id),
  // READ-05 / HTTP-14: ids are case-sensitive.
  'that appointment with its id case-swapped': ({ id }) => {
    if (swapCase(id) === id) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the appointment id ${id} has no letters whose case could be swapped`);
    return appointmentPath(swapCase(id));
  },
  'an appointment that does not exist': () => appointmentPath(UNKNOWN_APPOINTMENT_ID),
  'a version of that appointment that does not exist': ({ id }) => appointmentPath(id, UNKNOWN_VERSION_ID),
  // READ-07: the catalogue's malformed value, sent as it is.
  'that appointment with a malformed _elements parameter': ({ id }) => `${appointmentPath(id)}?_elements=%%%`,
} as const satisfies Record<string, (basis: ReadBasis) => string>;

export type AppointmentRead = keyof typeof APPOINTMENT_READS;
export const APPOINTMENT_READ_NAMES = Object.keys(APPOINTMENT_READS) as readonly AppointmentRead[];

export function appointmentReadPath(name: AppointmentRead, basis: ReadBasis): string {
  const path: (basis: ReadBasis) => string = APPOINTMENT_READS[name];
  return path(basis);
}

/** The versions a scenario can name: the one its booking created and the one its cancel created. */
export const APPOINTMENT_VERSIONS = ['the booked version', 'the cancelled version'] as const;
export type AppointmentVersionName = (typeof APPOINTMENT_VERSIONS)[number];

export const APPOINTMENT_STATUSES = ['booked', 'cancelled'] as const;
export type AppointmentStatusName = (typeof APPOINTMENT_STATUSES)[number];
