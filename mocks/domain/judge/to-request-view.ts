// One recorded exchange as the consumer judges read it: which interaction it invokes (the path read
// against the provider's service root, directly or behind an SSP-style prefix), its decoded query,
// its headers (case-insensitive) and its bodies as JSON (a FHIR XML body, by its Content-Type, is
// read into the same JSON form, so it is judged like a JSON one). Computed from the recording alone.
// The response is what the consumer observed: an answer that never reached it (dropped after commit,
// connection reset, none decided yet) shows as status 0 with no headers and no body.
import { reachedConsumer } from './exchange-record.ts';
import type { ExchangeFate, ExchangeRecord } from './exchange-record.ts';
import { interactionFor } from '../../../spec/interactions.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import type { HeaderSource } from '../transport/check-ssp-headers.ts';
import { parseFhirXml } from '../transport/fhir-xml.ts';
import { FHIR_XML_MEDIA_TYPES, parseMediaType } from '../transport/parse-media-type.ts';

/** How the request reached the provider path: directly, or as `/<provider service root URL>/…` (SSP-01). */
export type Route =
  | { readonly kind: 'direct' }
  | { readonly kind: 'ssp'; readonly slashes: number; readonly embeddedUrl: string }
  | { readonly kind: 'admin' }
  | { readonly kind: 'outside'; readonly reason: string };

export interface RequestView {
  readonly seq: number;
  readonly method: string;
  readonly route: Route;
  /** The path below the service root (`/Slot`, `/Appointment/a1`); undefined outside it. */
  readonly path: string | undefined;
  readonly interaction: Interaction | undefined;
  /** The query as the provider decodes it (URLSearchParams: `+` is a space), in request order. */
  readonly params: readonly (readonly [string, string])[];
  readonly rawQuery: string;
  readonly headers: HeaderSource;
  readonly requestBody: string | null;
  /** The request body parsed as JSON (or converted from FHIR XML), afresh on each read; undefined when absent or unreadable. */
  readonly requestJson: unknown;
  /** The status the consumer received; 0 when no answer reached it. */
  readonly status: number;
  /** What became of the provider's answer (`sent` when the recording does not say). */
  readonly fate: ExchangeFate;
  /** The status the provider decided, whether or not the consumer received it (0 when none was decided). */
  readonly providerStatus: number;
  readonly responseHeaders: HeaderSource;
  readonly responseJson: unknown;
  /** When the provider saw the request, in epoch ms (the recording's clock). */
  readonly timeMs: number;
}

function headerSource(record: Readonly<Record<string, string>>): HeaderSource {
  const lower = new Map(Object.entries(record).map(([name, value]) => [name.toLowerCase(), value]));
  return { get: (name) => lower.get(name.toLowerCase()) ?? null };
}

function parseBody(text: string | null, contentType: string | undefined): unknown {
  if (text === null || text.trim() === '') return undefined;
  const media = contentType === undefined ? undefined : parseMediaType(contentType);
  if (media !== undefined && FHIR_XML_MEDIA_TYPES.includes(media.essence)) {
    const parsed = parseFhirXml(text);
    return parsed.ok ? parsed.resource : undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function contentTypeOf(headers: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
}

function routeOf(rawPath: string, baseUrl: string): { route: Route; path: string | undefined } {
  if (/^\/_admin(\/|$)/.test(rawPath)) return { route: { kind: 'admin' }, path: undefined };
  const embedded = /^(\/+)(https?:\/\/.*)$/.exec(rawPath);
  if (embedded) {
    const route: Route = { kind: 'ssp', slashes: embedded[1].length, embeddedUrl: embedded[2] };
    const rest = embedded[2].startsWith(baseUrl) ? embedded[2].slice(baseUrl.length) : undefined;
    return { route, path: rest === undefined || (rest !== '' && !rest.startsWith('/')) ? undefined : rest };
  }
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  if (basePath === '' || rawPath === basePath || rawPath.startsWith(`${basePath}/`)) {
    return { route: { kind: 'direct' }, path: rawPath.slice(basePath.length) };
  }
  return { route: { kind: 'outside', reason: `${rawPath} is outside the provider service root ${baseUrl}` }, path: undefined };
}

export function toRequestView(exchange: ExchangeRecord, baseUrl: string): RequestView {
  const queryAt = exchange.url.indexOf('?');
  const rawPath = queryAt < 0 ? exchange.url : exchange.url.slice(0, queryAt);
  const { route, path } = routeOf(rawPath, baseUrl);
  const method = exchange.method.toUpperCase();
  const observed = reachedConsumer(exchange.fate);
  const responseBody = observed ? exchange.responseBody : null;
  return {
    seq: exchange.seq,
    method,
    route,
    path,
    interaction: path === undefined ? undefined : interactionFor(method, path),
    params: [...new URLSearchParams(exchange.rawQuery)],
    rawQuery: exchange.rawQuery,
    headers: headerSource(exchange.requestHeaders),
    requestBody: exchange.requestBody,
    // Parsed when read, never kept: a long recording holds its bodies as text only.
    get requestJson() { return parseBody(exchange.requestBody, contentTypeOf(exchange.requestHeaders)); },
    status: observed ? exchange.status : 0,
    fate: exchange.fate ?? 'sent',
    providerStatus: exchange.status,
    responseHeaders: headerSource(observed ? exchange.responseHeaders : {}),
    get responseJson() { return parseBody(responseBody, contentTypeOf(exchange.responseHeaders)); },
    timeMs: Date.parse(exchange.receivedAt),
  };
}

/** The request headers the rules across requests read; the token is read once, into RequestFacts. */
const KEPT_REQUEST_HEADERS = ['x-request-id', 'ssp-traceid', 'ssp_traceid', 'if-match', 'content-type', 'ssp-to', 'ssp-interactionid'];
/** The responses whose bodies the rules across requests read: served slots (BOOK-15), the version read before a cancel (CAN-01). */
const KEPT_RESPONSE_BODIES: readonly (Interaction | undefined)[] = ['slot-search', 'appointment-read'];

function keptHeaders(headers: HeaderSource, names: readonly string[]): HeaderSource {
  const kept = new Map(names.flatMap((name) => {
    const value = headers.get(name);
    return value === null ? [] : [[name, value] as const];
  }));
  return { get: (name) => kept.get(name.toLowerCase()) ?? null };
}

/**
 * The view of `exchange` kept after its request was judged on its own, for the rules across requests:
 * the request body stays (resends, bookings and cancels compare it), the response body only for
 * slot searches and appointment reads, and of the headers only those those rules read (and the
 * response's ETag). Bodies stay text, parsed when read. The rest is dropped, so a long recording
 * is never held whole.
 */
export function slimRequestView(view: RequestView, exchange: ExchangeRecord): RequestView {
  const requestType = contentTypeOf(exchange.requestHeaders);
  const responseBody = KEPT_RESPONSE_BODIES.includes(view.interaction) && reachedConsumer(exchange.fate) ? exchange.responseBody : null;
  const responseType = responseBody === null ? undefined : contentTypeOf(exchange.responseHeaders);
  const { seq, method, route, path, interaction, params, rawQuery, requestBody, status, fate, providerStatus, timeMs } = view;
  return {
    seq, method, route, path, interaction, params, rawQuery, requestBody, status, fate, providerStatus, timeMs,
    headers: keptHeaders(view.headers, KEPT_REQUEST_HEADERS),
    responseHeaders: keptHeaders(view.responseHeaders, ['etag']),
    get requestJson() { return parseBody(requestBody, requestType); },
    get responseJson() { return parseBody(responseBody, responseType); },
  };
}
