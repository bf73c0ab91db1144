// The provider's first gate on a request: find the bearer token and decode it (JWT-01..03, JWT-05,
// JWT-22). Claims are judged afterwards by check-jwt-claims. Diagnostics say exactly what is wrong
// and never quote the token itself.
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import { parseCompactJwt } from './parse-compact-jwt.ts';
import type { JsonObject } from './parse-compact-jwt.ts';

export interface DecodedJwt {
  readonly header: JsonObject;
  readonly claims: JsonObject;
  /** True only for a signed JWS let through unverified under `acceptSignedJws` (C-29). */
  readonly signed: boolean;
}

export type DecodeJwtResult = { readonly ok: true; readonly token: DecodedJwt } | { readonly ok: false; readonly problem: Problem };

const EXPECTED_HEADER = '{"alg":"none","typ":"JWT"}';
const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** A short, safe rendering of a header value for diagnostics. */
export function describeValue(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function malformed(diagnostics: string): DecodeJwtResult {
  return { ok: false, problem: { code: 'AUTH_MALFORMED', diagnostics } };
}

export function decodeJwt(
  authorization: string | null,
  config: Pick<ProviderConfig, 'acceptSignedJws'> = { acceptSignedJws: false },
): DecodeJwtResult {
  // JWT-01, JWT-22: no header at all.
  if (authorization === null || authorization.trim() === '') {
    const diagnostics = authorization === null
      ? 'No Authorization header: every request must carry `Authorization: Bearer <JWT>` (JWT-01)'
      : 'The Authorization header is empty; expected `Bearer <JWT>` (JWT-01)';
    return { ok: false, problem: { code: 'AUTH_MISSING', diagnostics } };
  }
  const [scheme, ...rest] = authorization.trim().split(/\s+/);
  // RFC 7235: the scheme name is case-insensitive, so `bearer` is accepted here (judge-jwt warns).
  if (scheme.toLowerCase() !== 'bearer') {
    return malformed(`The Authorization scheme is ${describeValue(scheme.slice(0, 20))}; expected "Bearer" (JWT-01)`);
  }
  if (rest.length !== 1) {
    return malformed(rest.length === 0
      ? 'The Authorization header carries no token after "Bearer" (JWT-01)'
      : 'The bearer token contains whitespace; expected one compact JWT (JWT-01)');
  }
  const parsed = parseCompactJwt(rest[0]);
  if (!parsed.ok) return malformed(`Malformed JWT: ${parsed.reason} (JWT-05)`);
  const { header, claims, signature } = parsed;
  // JWT-03: the empty signature is kept, so an unsigned token ends with '.'.
  if (signature === undefined) {
    return malformed('Malformed JWT: the token has 2 dot-separated segments; an unsigned JWT ends with "." after the payload (JWT-03)');
  }
  if (header.alg === 'none') {
    // JWT-02: the header is exactly {"alg":"none","typ":"JWT"}.
    if (header.typ !== 'JWT') {
      return malformed(`The JWT header typ is ${describeValue(header.typ)}; expected ${EXPECTED_HEADER} (JWT-02)`);
    }
    if (signature !== '') {
      return malformed('The JWT header says alg "none" but the signature segment is not empty; an unsigned JWT ends with "." (JWT-03)');
    }
    return { ok: true, token: { header, claims, signed: false } };
  }
  if (typeof header.alg !== 'string') {
    return malformed(`The JWT header alg is ${describeValue(header.alg)}; expected ${EXPECTED_HEADER} (JWT-02)`);
  }
  // C-29: a signed JWS is refused unless the lenient switch lets it through unverified.
  if (!config.acceptSignedJws) {
    return malformed(`The JWT header alg is ${describeValue(header.alg)}; this provider accepts only unsigned tokens with ${EXPECTED_HEADER} (JWT-02, C-29)`);
  }
  if (!SEGMENT.test(signature)) {
    return malformed(`The JWT header alg is ${describeValue(header.alg)} but the signature segment is ${signature === '' ? 'empty' : 'not base64url'} (JWT-03)`);
  }
  return { ok: true, token: { header, claims, signed: true } };
}
