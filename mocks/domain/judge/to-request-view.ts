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
import { isFhirXmlContentType } from '../transport/parse-media-type.ts';

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
  if (isFhirXmlContentType(contentType)) {
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

/** A source over the given lower-case names only (built apart from `headers`, so the closure does not hold them). */
function sourceOf(kept: ReadonlyMap<string, string>): HeaderSource {
  return { get: (name) => kept.get(name.toLowerCase()) ?? null };
}

function keptHeaders(headers: HeaderSource, names: readonly string[]): HeaderSource {
  const kept = new Map<string, string>();
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return sourceOf(kept);
}

type KeptFields = Omit<RequestView, 'requestJson' | 'responseJson'>;
// The fields are RequestView's, assigned in the constructor (declaration merging, to say them once).
interface SlimRequestView extends KeptFields {}

/** A class, not an object literal with getters: one per judged request, so its shape is shared and compact. */
class SlimRequestView implements RequestView {
  readonly #requestType: string | undefined;
  readonly #responseBody: string | null;
  readonly #responseType: string | undefined;

  constructor(view: RequestView, exchange: ExchangeRecord) {
    const { seq, method, route, path, interaction, params, rawQuery, requestBody, status, fate, providerStatus, timeMs } = view;
    const kept: KeptFields = {
      seq, method, route, path, interaction, params, rawQuery, requestBody, status, fate, providerStatus, timeMs,
      headers: keptHeaders(view.headers, KEPT_REQUEST_HEADERS),
      responseHeaders: keptHeaders(view.responseHeaders, ['etag']),
    };
    Object.assign(this, kept);
    this.#requestType = contentTypeOf(exchange.requestHeaders);
    this.#responseBody = KEPT_RESPONSE_BODIES.includes(view.interaction) && reachedConsumer(exchange.fate) ? exchange.responseBody : null;
    this.#responseType = this.#responseBody === null ? undefined : contentTypeOf(exchange.responseHeaders);
  }

  get requestJson(): unknown {
    return parseBody(this.requestBody, this.#requestType);
  }

  get responseJson(): unknown {
    return parseBody(this.#responseBody, this.#responseType);
  }
}

/**
 * The view of `exchange` kept after its request was judged on its own, for the rules across requests:
 * the request body stays (resends, bookings and cancels compare it), the response body only for
 * slot searches and appointment reads, and of the headers only the ones those rules read (and the
 * response's ETag). Bodies stay text, parsed when read. The rest is dropped, so a long recording
 * is never held whole.
 */
export function slimRequestView(view: RequestView, exchange: ExchangeRecord): RequestView {
  return new SlimRequestView(view, exchange);
}
