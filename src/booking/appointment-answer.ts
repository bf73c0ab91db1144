// What a booking, read or cancel answer says about an appointment, read leniently (never throws):
// the id and version from the body, the Location and the ETag. Drivers use it to remember and clean
// up what was created; assertions judge the same facts strictly.
import type { Exchange } from '../client/exchange.ts';
import { isResource, type FhirResource } from '../fhir/read-fhir-json.ts';
import { parseFhirBody } from '../fhir/parse-fhir-body.ts';

export interface AppointmentAnswer {
  readonly status: number;
  /** The body when it is an Appointment. */
  readonly resource?: FhirResource;
  /** The logical id: the body's, else the one the Location names. */
  readonly id?: string;
  /** `meta.versionId`, else the ETag's, else the Location's `_history`. */
  readonly versionId?: string;
  readonly location?: string;
  readonly etag?: string;
}

// BOOK-22: `…/Appointment/<id>[/_history/<vid>]`, absolute or relative.
const LOCATION = /\/?Appointment\/([^/?#]+)(?:\/_history\/([^/?#]+))?\/?$/;
const WEAK_ETAG = /^W\/"([^"]+)"$/;

/** The id and version a Location names, if it names an Appointment. */
export function parseLocation(location: string | undefined): { readonly id: string; readonly versionId?: string } | undefined {
  const match = location === undefined ? null : LOCATION.exec(location.trim());
  if (!match) return undefined;
  return { id: decodeURIComponent(match[1]), ...(match[2] !== undefined ? { versionId: decodeURIComponent(match[2]) } : {}) };
}

/** `W/"3"` → `3`; a strong or malformed ETag names no version. */
export function weakEtagVersion(etag: string | undefined): string | undefined {
  return etag === undefined ? undefined : WEAK_ETAG.exec(etag.trim())?.[1];
}

function parseBody(text: string, contentType: string | undefined): FhirResource | undefined {
  const parsed = parseFhirBody(text, contentType);
  return parsed.ok && isResource(parsed.value) && parsed.value.resourceType === 'Appointment' ? parsed.value : undefined;
}

export function readAppointmentAnswer(exchange: Exchange): AppointmentAnswer {
  const response = exchange.response;
  if (!response) return { status: 0 };
  const resource = parseBody(response.bodyText, response.headers['content-type']);
  const location = response.headers.location;
  const etag = response.headers.etag;
  const named = parseLocation(location);
  const bodyId = typeof resource?.id === 'string' ? resource.id : undefined;
  const metaVersion = (resource?.meta as { versionId?: unknown } | undefined)?.versionId;
  const versionId = typeof metaVersion === 'string' ? metaVersion : (weakEtagVersion(etag) ?? named?.versionId);
  const id = bodyId ?? named?.id;
  return {
    status: response.status,
    ...(resource ? { resource } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(versionId !== undefined ? { versionId } : {}),
    ...(location !== undefined ? { location } : {}),
    ...(etag !== undefined ? { etag } : {}),
  };
}

/** The X-Request-ID a request was sent with. */
export function sentRequestId(exchange: Exchange): string | undefined {
  return Object.entries(exchange.request.headers).find(([name]) => name.toLowerCase() === 'x-request-id')?.[1];
}
