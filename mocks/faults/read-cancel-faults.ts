// Faults in how a provider reads and cancels appointments: versions it loses or ignores, ids it
// matches loosely, parameters it ignores, and cancels it answers or checks wrongly.
import { isRecord } from '../domain/booking/fhir-primitives.ts';
import { decodePathSegment } from '../domain/transport/decode-path-segment.ts';
import type { FaultBehaviour, FaultContext, FaultResult } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import { rewriteHeaders, rewritePath, rewriteJsonBody, rewriteQuery } from './rewrite-request.ts';
import type { Json } from './searchset-transform.ts';

const APPOINTMENT_PATH = /\/Appointment\/([^/]+)(?:\/_history\/([^/]+))?$/;

function idsOf(request: Request): { id: string; versionId?: string } | undefined {
  const match = APPOINTMENT_PATH.exec(new URL(request.url).pathname);
  return match ? { id: decodePathSegment(match[1]) ?? match[1], ...(match[2] ? { versionId: decodePathSegment(match[2]) ?? match[2] } : {}) } : undefined;
}

function on(interaction: FaultContext['interaction'], change: (request: Request, ctx: FaultContext) => Request | Promise<Request>): FaultBehaviour['request'] {
  return (request, ctx) => (ctx.interaction === interaction ? change(request, ctx) : request);
}

function withoutHeader(result: FaultResult, name: string): FaultResult {
  const { [name]: _dropped, ...headers } = result.headers ?? {};
  return { ...result, headers };
}

export const READ_CANCEL_FAULTS = {
  // CAN-05 / READ-03 broken: an earlier version is gone.
  'lose-previous-version': {
    refuse: (request, ctx) => {
      const ids = ctx.interaction === 'appointment-read' ? idsOf(request) : undefined;
      const current = ids ? ctx.currentAppointment(ids.id) : undefined;
      return ids?.versionId !== undefined && current && current.versionId !== ids.versionId
        ? { code: 'NOT_FOUND', diagnostics: `Appointment/${ids.id} has no version ${ids.versionId}` }
        : undefined;
    },
  },
  // READ-04 / READ-03 broken: _history/<vid> is ignored and the current version answered.
  'vread-ignores-version': { request: on('appointment-read', (request) => rewritePath(request, (path) => path.replace(/\/_history\/[^/]+$/, ''))) },
  // READ-05 / HTTP-14 broken: ids are matched ignoring case (its own are lower case).
  'ids-case-insensitive': {
    request: (request, ctx) => (ctx.interaction === 'appointment-read' || ctx.interaction === 'appointment-update'
      ? rewritePath(request, (path) => path.replace(/\/Appointment\/([^/]+)/, (_all, id: string) => `/Appointment/${id.toLowerCase()}`))
      : request),
  },
  // READ-04 broken: what it cannot find is "gone".
  'not-found-as-410': { result: (result, ctx) => (ctx.interaction === 'appointment-read' && result.status === 404 ? { ...result, status: 410 } : result) },
  // READ-07 broken: parameters on a read are ignored.
  'read-params-ignored': { request: on('appointment-read', (request) => rewriteQuery(request, () => [])) },
  // READ-06 broken: description is not stored, so a read does not give it back.
  'read-loses-description': {
    result: (result, ctx) => {
      const body = result.body as Json | null;
      if (ctx.interaction !== 'appointment-read' || body?.resourceType !== 'Appointment') return result;
      const { description: _dropped, ...appointment } = body;
      return { ...result, body: appointment };
    },
  },
  // XTI-05 / CAN-11 broken: X-Request-ID is not looked at (it is still echoed).
  'duplicate-on-retry': {
    request: (request, ctx) => (ctx.interaction === 'appointment-create' || ctx.interaction === 'appointment-update'
      ? rewriteHeaders(request, (headers) => headers.delete('x-request-id'))
      : request),
  },
  // CAN-07 / CAN-08 / XTI-07 broken: the cancel is applied to the current version, whatever If-Match says.
  'ignore-if-match': {
    request: on('appointment-update', (request, ctx) => {
      const current = ctx.currentAppointment(idsOf(request)?.id ?? '');
      return current ? rewriteHeaders(request, (headers) => headers.set('if-match', `W/"${current.versionId}"`)) : request;
    }),
  },
  // CAN-06 broken: only the status is taken from the body; every other change is dropped.
  'cancel-ignores-other-changes': {
    request: on('appointment-update', (request, ctx) => {
      const current = ctx.currentAppointment(idsOf(request)?.id ?? '');
      return current ? rewriteJsonBody(request, (body) => (isRecord(body) ? { ...current.resource, status: body.status } : body)) : request;
    }),
  },
  // CAN-12 broken: the id in the URL wins, whatever the body says.
  'cancel-ignores-body-id': {
    request: on('appointment-update', (request) => rewriteJsonBody(request, (body) => (isRecord(body) ? { ...body, id: idsOf(request)?.id } : body))),
  },
  // CAN-03 broken: 204 with no body.
  'cancel-204': {
    wire: (response, ctx) => {
      if (ctx.interaction !== 'appointment-update' || response.status !== 200) return response;
      const headers = new Headers(response.headers);
      headers.delete('content-type');
      return { ...response, status: 204, headers, body: null };
    },
  },
  // CAN-04 broken.
  'cancel-without-last-modified': {
    result: (result, ctx) => (ctx.interaction === 'appointment-update' && result.status === 200 ? withoutHeader(result, 'Last-Modified') : result),
  },
  // JWT-23 broken for a provider that declares owner-only appointments: anyone with the scope reads and cancels them.
  'appointments-open-to-all': {
    config: (config) => ({ ...config, appointmentAccess: 'any' }),
  },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
