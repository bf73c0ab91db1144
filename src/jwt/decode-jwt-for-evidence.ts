// Reads the header and claims out of an Authorization value for a report. Liberal on purpose (any
// scheme, a missing trailing dot, a signature it cannot check) and it never throws: evidence of a
// broken token must not break the report.
import { base64url } from 'jose';

export interface JwtEvidence {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
}

function decodeObject(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment)));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function decodeJwtForEvidence(authorization: string): JwtEvidence | undefined {
  const token = authorization.trim().split(/\s+/).at(-1) ?? '';
  const segments = token.split('.');
  if (segments.length < 2 || segments.length > 3) return undefined;
  const header = decodeObject(segments[0]);
  const claims = decodeObject(segments[1]);
  return header === undefined || claims === undefined ? undefined : { header, claims };
}
