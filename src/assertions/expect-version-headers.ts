// The headers that say which version of an Appointment an answer carries: Location (BOOK-22,
// CAN-04, C-23), a weak ETag equal to `meta.versionId` (BOOK-23, HTTP-11, C-40), Last-Modified
// (BOOK-23 SHOULD, CAN-04 MUST) and the UEC response-header table (HTTP-12: Content-Location is a
// warning unless the target requires it, C-40).
import type { Exchange } from '../client/exchange.ts';
import { parseLocation } from '../booking/appointment-answer.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { answered } from '../fhir/read-fhir-json.ts';

export interface AppointmentVersion {
  readonly id: string;
  readonly versionId: string;
}

const WEAK_ETAG = /^W\/"([^"]+)"$/;

function header(exchange: Exchange, name: string): string | undefined {
  return answered(exchange).response.headers[name];
}

/** Absolute, in the target's scheme (HTTPS itself is HTTP-13's business). */
function locationPattern(baseUrl: string, versioned: boolean): RegExp {
  const scheme = new URL(baseUrl).protocol.slice(0, -1);
  return versioned ? new RegExp(`^${scheme}://.+/Appointment/[A-Za-z0-9\\-.]{1,64}/_history/[^/]+$`) : new RegExp(`^${scheme}://.+/Appointment/.+$`);
}

/** BOOK-22: the absolute URL of the new version, naming the created id and version. */
export function expectVersionedLocation(exchange: Exchange, created: AppointmentVersion, baseUrl: string, policy: ConformancePolicy): void {
  const location = header(exchange, 'location');
  const pattern = locationPattern(baseUrl, policy.booking.requireVersionedLocation);
  if (location === undefined || !pattern.test(location.trim())) {
    fail(exchange, { code: 'LOCATION_FORM', obligations: ['BOOK-22'], reason: location === undefined ? 'the booking has no Location header' : 'the Location is not the absolute URL of the new version', expected: pattern.source, actual: location ?? null });
  }
  const named = parseLocation(location);
  if (named?.id !== created.id || (named.versionId !== undefined && named.versionId !== created.versionId)) {
    fail(exchange, { code: 'LOCATION_MISMATCH', obligations: ['BOOK-22', 'BOOK-24'], reason: 'the Location names another id or version than the body', expected: created, actual: named ?? location });
  }
}

/** CAN-04 / C-23: absolute, pointing at `Appointment/<id>` with or without `_history/<vid>`. */
export function expectAppointmentLocation(exchange: Exchange, id: string, baseUrl: string, obligations: readonly string[]): void {
  const location = header(exchange, 'location');
  const named = parseLocation(location);
  if (location === undefined || !locationPattern(baseUrl, false).test(location.trim()) || named?.id !== id) {
    fail(exchange, { code: 'LOCATION_FORM', obligations, reason: location === undefined ? 'the answer has no Location header' : `the Location is not the absolute URL of Appointment/${id}`, expected: `${new URL(baseUrl).protocol}//…/Appointment/${id}[/_history/<vid>]`, actual: location ?? null });
  }
}

/** BOOK-23 / HTTP-11: `ETag: W/"<versionId>"`; a missing ETag only warns when the target may omit it (C-40). */
export function expectWeakEtag(exchange: Exchange, versionId: string, obligations: readonly string[], policy: ConformancePolicy, warn: Warn): void {
  const etag = header(exchange, 'etag');
  if (etag === undefined && !policy.http.requireEtag) {
    warn({ code: 'NO_ETAG', obligations, message: 'the answer carries no ETag (accepted: http.requireEtag=false)', exchangeId: exchange.id });
    return;
  }
  const vid = etag === undefined ? undefined : WEAK_ETAG.exec(etag.trim())?.[1];
  if (vid !== versionId) {
    fail(exchange, { code: 'ETAG', obligations, reason: etag === undefined ? 'the answer carries no ETag' : 'the ETag is not the weak form of meta.versionId', expected: `W/"${versionId}"`, actual: etag ?? null });
  }
}

/** Last-Modified as an HTTP date: required (CAN-04) or a SHOULD reported as a warning (BOOK-23). */
export function expectLastModified(exchange: Exchange, obligations: readonly string[], required: boolean, warn: Warn): void {
  const value = header(exchange, 'last-modified');
  if (value !== undefined && !Number.isNaN(Date.parse(value))) return;
  const reason = value === undefined ? 'the answer carries no Last-Modified' : `Last-Modified "${value}" is not an HTTP date`;
  if (required) fail(exchange, { code: 'LAST_MODIFIED', obligations, reason, expected: 'Last-Modified: <HTTP date>', actual: value ?? null });
  warn({ code: 'LAST_MODIFIED', obligations, message: reason, exchangeId: exchange.id });
}

export type UecOperation = 'create' | 'read' | 'update';
export const UEC_OPERATIONS: readonly UecOperation[] = ['create', 'read', 'update'];

/** HTTP-12: create sends Location, Content-Location and ETag; read and update Content-Location and ETag. */
export function expectUecResponseHeaders(exchange: Exchange, operation: UecOperation, version: AppointmentVersion, policy: ConformancePolicy, warn: Warn): void {
  if (operation === 'create' && header(exchange, 'location') === undefined) {
    fail(exchange, { code: 'LOCATION_FORM', obligations: ['HTTP-12'], reason: 'the create answer has no Location header', expected: 'Location', actual: null });
  }
  expectWeakEtag(exchange, version.versionId, ['HTTP-12', 'HTTP-11'], policy, warn);
  const contentLocation = header(exchange, 'content-location');
  if (contentLocation === undefined) {
    const reason = `the ${operation} answer has no Content-Location`;
    if (policy.http.requireContentLocation) fail(exchange, { code: 'CONTENT_LOCATION', obligations: ['HTTP-12'], reason, expected: `Content-Location: …/Appointment/${version.id}`, actual: null });
    warn({ code: 'CONTENT_LOCATION', obligations: ['HTTP-12'], message: `${reason} (C-40: a warning unless http.requireContentLocation)`, exchangeId: exchange.id });
    return;
  }
  if (parseLocation(contentLocation)?.id !== version.id) {
    fail(exchange, { code: 'CONTENT_LOCATION', obligations: ['HTTP-12'], reason: `the Content-Location does not name Appointment/${version.id}`, expected: `…/Appointment/${version.id}[/_history/${version.versionId}]`, actual: contentLocation });
  }
}
