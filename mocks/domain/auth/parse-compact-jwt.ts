// Splits a compact JWT/JWS and decodes its header and payload, without judging them. Both the
// provider's checks (decode-jwt) and the consumer judgement (judge-jwt) start here, so the two can
// never disagree on what a token says. Pure: global `atob` and `TextDecoder` only.

export type JsonObject = Readonly<Record<string, unknown>>;

export type ParsedCompactJwt =
  | {
    readonly ok: true;
    readonly header: JsonObject;
    readonly claims: JsonObject;
    /** The third segment; '' for an unsecured token. Undefined when the token has only two segments. */
    readonly signature: string | undefined;
  }
  | { readonly ok: false; readonly reason: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** base64url (RFC 7515 §2, no padding) to UTF-8 text; undefined when either layer is invalid. */
export function decodeBase64urlText(segment: string): string | undefined {
  // A length of 4n+1 cannot come from any byte string.
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return undefined;
  const base64 = segment.replaceAll('-', '+').replaceAll('_', '/');
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    // A plain loop: Uint8Array.from with a mapping function is many times slower on long recordings.
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeJsonObject(segment: string, part: 'header' | 'payload'): JsonObject | string {
  const text = decodeBase64urlText(segment);
  if (text === undefined) return `the JWT ${part} is not valid base64url-encoded UTF-8`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `the JWT ${part} is not valid JSON`;
  }
  return isJsonObject(value) ? value : `the JWT ${part} is not a JSON object`;
}

/**
 * Parses `header.payload.signature` (or `header.payload`, so that a token missing its trailing dot
 * can still be described). The reason on failure never quotes the token.
 */
export function parseCompactJwt(token: string): ParsedCompactJwt {
  const segments = token.split('.');
  if (segments.length < 2 || segments.length > 3) {
    return { ok: false, reason: `the token has ${segments.length} dot-separated segment(s); a JWT has 3 (header.payload.signature)` };
  }
  const header = decodeJsonObject(segments[0], 'header');
  if (typeof header === 'string') return { ok: false, reason: header };
  const claims = decodeJsonObject(segments[1], 'payload');
  if (typeof claims === 'string') return { ok: false, reason: claims };
  return { ok: true, header, claims, signature: segments[2] };
}
