// Faults in what a provider answers to a booking, a read or a cancel: the status, the body, the
// Location, ETag and Content-Location headers, the id, the stored patient's identifier.
import { LOCAL_PATIENT_ID_SYSTEM } from '../domain/booking/build-booked-appointment.ts';
import type { FaultBehaviour, FaultContext, FaultResult } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import type { Json } from './searchset-transform.ts';

const APPOINTMENT_INTERACTIONS: readonly (FaultContext['interaction'])[] = ['appointment-create', 'appointment-read', 'appointment-update'];

/** A fault acting on every successful answer carrying an Appointment (of the interactions named). */
function onAppointment(change: (result: FaultResult, appointment: Json) => FaultResult, interactions = APPOINTMENT_INTERACTIONS): FaultBehaviour {
  return {
    result: (result, ctx) => {
      const body = result.body as Json | null;
      if (!interactions.includes(ctx.interaction) || result.status >= 300 || body?.resourceType !== 'Appointment') return result;
      return change(result, body);
    },
  };
}

function changeHeaders(result: FaultResult, change: (headers: Record<string, string>) => void): FaultResult {
  const headers = { ...result.headers };
  change(headers);
  return { ...result, headers };
}

export const APPOINTMENT_ANSWER_FAULTS = {
  // BOOK-21 broken.
  'book-200-not-201': onAppointment((result) => ({ ...result, status: 200 }), ['appointment-create']),
  // BOOK-24 broken: 201 with no body (as if the consumer had asked for return=minimal).
  'created-without-body': {
    wire: (response, ctx) => {
      if (ctx.interaction !== 'appointment-create' || response.status !== 201) return response;
      const headers = new Headers(response.headers);
      headers.delete('content-type');
      return { ...response, headers, body: null };
    },
  },
  // BOOK-22 broken.
  'location-without-version': onAppointment((result) => changeHeaders(result, (headers) => {
    if (headers.Location) headers.Location = headers.Location.replace(/\/_history\/[^/]+$/, '');
  }), ['appointment-create']),
  // BOOK-23 / HTTP-11 broken.
  'strong-etag': onAppointment((result) => changeHeaders(result, (headers) => {
    if (headers.ETag) headers.ETag = headers.ETag.replace(/^W\//, '');
  })),
  // HTTP-12 / HTTP-11 broken (Content-Location would only warn: C-40).
  'no-etag': onAppointment((result) => changeHeaders(result, (headers) => {
    delete headers.ETag;
  })),
  // BOOK-25 broken: a composite id longer than 64 characters (answers only; the store keeps its own).
  'appointment-ids-too-long': onAppointment((result, appointment) => {
    const id = String(appointment.id);
    // Composite until past the 64 characters of the FHIR id rule, whatever length the provider's own ids have.
    let long = `${id}.${id}`;
    while (long.length <= 64) long = `${long}.${id}`;
    return changeHeaders({ ...result, body: { ...appointment, id: long } }, (headers) => {
      for (const name of ['Location', 'Content-Location']) if (headers[name]) headers[name] = headers[name].replace(`/Appointment/${id}`, `/Appointment/${long}`);
    });
  }, ['appointment-create']),
  // BOOK-28 broken: the provider's own patient identifier is not stored.
  'no-local-patient-identifier': onAppointment((result, appointment) => ({
    ...result,
    body: {
      ...appointment,
      contained: (Array.isArray(appointment.contained) ? (appointment.contained as Json[]) : []).map((resource) => {
        const ids = Array.isArray(resource.identifier) ? (resource.identifier as Json[]) : [];
        if (resource.resourceType !== 'Patient' || !ids.some((id) => id.system === LOCAL_PATIENT_ID_SYSTEM)) return resource;
        const { identifier: _dropped, ...patient } = resource;
        return patient;
      }),
    },
  })),
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
