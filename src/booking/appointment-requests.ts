// The Appointment interactions as requests (before the client adds the envelope): book, read or
// vread, and the version-aware cancel. Ids are opaque and sent verbatim (HTTP-17), percent-encoded
// only where a URL needs it.
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import type { RequestSpec } from '../client/target-client.ts';
import { FHIR_JSON_UTF8 } from '../client/standard-envelope.ts';
import { bookingHeaders, type BookingTransport } from './booking-requests.ts';

export type AppointmentRequest = Pick<RequestSpec, 'interaction' | 'method' | 'path' | 'label'> & Partial<Pick<RequestSpec, 'headers' | 'body' | 'contentEncoding'>>;

export function appointmentPath(id: string, versionId?: string): string {
  const base = `/Appointment/${encodeURIComponent(id)}`;
  return versionId === undefined ? base : `${base}/_history/${encodeURIComponent(versionId)}`;
}

export function bookRequest(body: string, label: string, transport: BookingTransport = { headers: {} }, requestId?: string): AppointmentRequest {
  return {
    interaction: 'appointment-create',
    method: 'POST',
    path: '/Appointment',
    label,
    headers: bookingHeaders(transport, requestId),
    body,
    ...(transport.contentEncoding ? { contentEncoding: transport.contentEncoding } : {}),
  };
}

/** `path` is an appointment path, possibly with a query string (READ-07). */
export function readRequest(path: string, label: string): AppointmentRequest {
  return { interaction: 'appointment-read', method: 'GET', path, label };
}

export interface CancelPlan {
  /** The body as sent: normally the resource as read with only `status` changed (CAN-01). */
  readonly body: string;
  /** `null` sends no If-Match (CAN-08). */
  readonly ifMatch: string | null;
  /** Absent = a fresh X-Request-ID; set to repeat an earlier cancel (CAN-11). */
  readonly requestId?: string;
}

export function cancelRequest(id: string, plan: CancelPlan, label: string): AppointmentRequest {
  return {
    interaction: 'appointment-update',
    method: 'PUT',
    path: appointmentPath(id),
    label,
    headers: {
      'Content-Type': FHIR_JSON_UTF8,
      ...(plan.ifMatch !== null ? { 'If-Match': plan.ifMatch } : {}),
      ...(plan.requestId !== undefined ? { 'X-Request-ID': plan.requestId } : {}),
    },
    body: plan.body,
  };
}

/** The resource as read, with only `status` changed to `cancelled` (CAN-01, catalogue 4.2). */
export function cancelledCopy(resource: JsonObject): JsonObject {
  return { ...resource, status: 'cancelled' };
}

/** The If-Match for a version read: its ETag as sent, else the weak form of its versionId. */
export function ifMatchFor(etag: string | undefined, versionId: string): string {
  return etag?.trim() || `W/"${versionId}"`;
}
