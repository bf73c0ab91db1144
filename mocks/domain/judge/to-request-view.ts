// One recorded exchange as the consumer judges read it: which interaction it invokes (the path read
// against the provider's service root, directly or behind an SSP-style prefix), its decoded query,
// its headers (case-insensitive) and its bodies as JSON. Computed from the recording alone.
import type { ExchangeRecord } from './exchange-record.ts';
import { interactionFor } from '../../../spec/interactions.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import type { HeaderSource } from '../transport/check-ssp-headers.ts';

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
  /** The request body parsed as JSON; undefined when absent or not JSON. */
  readonly requestJson: unknown;
  readonly status: number;
  readonly responseHeaders: HeaderSource;
  readonly responseJson: unknown;
  /** When the provider saw the request, in epoch ms (the recording's clock). */
  readonly timeMs: number;
}

function headerSource(record: Readonly<Record<string, string>>): HeaderSource {
  const lower = new Map(Object.entries(record).map(([name, value]) => [name.toLowerCase(), value]));
  return { get: (name) => lower.get(name.toLowerCase()) ?? null };
}

function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
    requestJson: parseJson(exchange.requestBody),
    status: exchange.status,
    responseHeaders: headerSource(exchange.responseHeaders),
    responseJson: parseJson(exchange.responseBody),
    timeMs: Date.parse(exchange.receivedAt),
  };
}
