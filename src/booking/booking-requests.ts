// How a booking request can differ from the standard one on the wire: bodies that are not an
// Appointment at all (BOOK-19), and transport variants — a gzipped or chunked body (HTTP-08,
// HTTP-09), no Accept (HTTP-03), a Content-Type the provider must refuse (HTTP-06). The phrases are
// the `{malformedBookingBody}` and `{bookingTransport}` parameter types' patterns.
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { FHIR_JSON_UTF8 } from '../client/standard-envelope.ts';

export const MALFORMED_BOOKING_BODIES = {
  // BOOK-19: not parseable.
  'a truncated JSON body': (body) => JSON.stringify(body).slice(0, 120),
  // BOOK-19: FHIR, but not an Appointment.
  'a Patient resource': (body) => JSON.stringify((body.contained as JsonObject[]).find((r) => r.resourceType === 'Patient')),
  // BOOK-19: JSON, but not a FHIR resource.
  'a JSON array': (body) => JSON.stringify([body]),
} as const satisfies Record<string, (body: JsonObject) => string>;

export type MalformedBookingBody = keyof typeof MALFORMED_BOOKING_BODIES;
export const MALFORMED_BOOKING_BODY_NAMES = Object.keys(MALFORMED_BOOKING_BODIES) as readonly MalformedBookingBody[];

export function malformedBookingBody(name: MalformedBookingBody, body: JsonObject): string {
  const write: (body: JsonObject) => string = MALFORMED_BOOKING_BODIES[name];
  return write(body);
}

/** Header changes (`null` removes one) and body encoding on top of the standard booking request. */
export interface BookingTransport {
  readonly headers: Readonly<Record<string, string | null>>;
  readonly contentEncoding?: 'gzip';
}

export const BOOKING_TRANSPORTS = {
  'the standard headers': { headers: {} },
  'a gzipped body': { headers: {}, contentEncoding: 'gzip' },
  'a chunked body': { headers: { 'Transfer-Encoding': 'chunked' } },
  'no Accept header': { headers: { Accept: null } },
  'the Content-Type application/xml': { headers: { 'Content-Type': 'application/xml' } },
  'the Content-Type text/plain': { headers: { 'Content-Type': 'text/plain' } },
} as const satisfies Record<string, BookingTransport>;

export type BookingTransportName = keyof typeof BOOKING_TRANSPORTS;
export const BOOKING_TRANSPORT_NAMES = Object.keys(BOOKING_TRANSPORTS) as readonly BookingTransportName[];

/** The headers of a booking request (the envelope adds the rest) with a transport's changes. */
export function bookingHeaders(transport: BookingTransport, requestId?: string): Record<string, string | null> {
  return { 'Content-Type': FHIR_JSON_UTF8, ...(requestId ? { 'X-Request-ID': requestId } : {}), ...transport.headers };
}
