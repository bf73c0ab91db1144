// Copies of a request with a changed query string, headers or bearer-token claims: how a fault makes
// the faithful rules see what a faulty provider would read (an offset dropped, a claim it never
// checks filled in). The original request is consumed when it has a body.
import { isJsonObject, parseCompactJwt } from '../domain/auth/parse-compact-jwt.ts';

export type QueryPairs = [name: string, value: string][];

function copy(request: Request, url: string, headers: Headers): Request {
  const body = request.body;
  return new Request(url, { method: request.method, headers, ...(body ? { body, duplex: 'half' } : {}) } as RequestInit);
}

/** The request sent to another path of the same server (query string kept). */
export function rewritePath(request: Request, change: (pathname: string) => string): Request {
  const url = new URL(request.url);
  url.pathname = change(url.pathname);
  return copy(request, url.toString(), new Headers(request.headers));
}

/** The request with its decoded query pairs rewritten (and re-encoded). */
export function rewriteQuery(request: Request, change: (pairs: QueryPairs) => QueryPairs): Request {
  const url = new URL(request.url);
  const pairs = change([...url.searchParams]);
  url.search = new URLSearchParams(pairs).toString();
  return copy(request, url.toString(), new Headers(request.headers));
}

export function rewriteHeaders(request: Request, change: (headers: Headers) => void): Request {
  const headers = new Headers(request.headers);
  change(headers);
  return copy(request, request.url, headers);
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** An unsigned compact JWT (`header.payload.`) for the claims. */
export function unsignedJwt(claims: Readonly<Record<string, unknown>>): string {
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

/** The claims of the request's bearer token, when it carries a decodable one. */
export function bearerClaims(request: Request): Readonly<Record<string, unknown>> | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
  if (!match) return undefined;
  const parsed = parseCompactJwt(match[1]);
  return parsed.ok && isJsonObject(parsed.claims) ? parsed.claims : undefined;
}

/**
 * The request with its bearer token's claims rewritten and re-encoded unsigned. `change` gets the
 * decoded claims (undefined when there is no decodable token) and returns the claims to send, or
 * undefined to leave the Authorization header as it was.
 */
export function rewriteClaims(
  request: Request,
  change: (claims: Readonly<Record<string, unknown>> | undefined) => Readonly<Record<string, unknown>> | undefined,
): Request {
  const claims = change(bearerClaims(request));
  if (claims === undefined) return request;
  return rewriteHeaders(request, (headers) => headers.set('authorization', `Bearer ${unsignedJwt(claims)}`));
}

/** The request body parsed as JSON (undefined when there is none or it is not JSON); the request stays readable. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.clone().text());
  } catch {
    return undefined;
  }
}

/** The request with its JSON body rewritten; a body that is not JSON is left as it was. */
export async function rewriteJsonBody(request: Request, change: (body: unknown) => unknown): Promise<Request> {
  const body = await readJsonBody(request);
  if (body === undefined) return request;
  const next = change(body);
  if (next === body) return request;
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  return new Request(request.url, { method: request.method, headers, body: JSON.stringify(next) });
}
