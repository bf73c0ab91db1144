// The standard request envelope of the catalogue (section 0.3): the JWT, the four SSP headers, a
// fresh X-Request-ID and a FHIR JSON Accept. Scenarios that probe a header change or drop it.
import { randomUUID } from 'node:crypto';
import { INTERACTION_IDS, type Interaction } from '../../spec/interactions.ts';

export const FHIR_JSON_UTF8 = 'application/fhir+json;charset=utf-8';

export interface EnvelopeInput {
  readonly interaction: Interaction;
  /** The whole header value (`Bearer <jwt>`); absent = no Authorization header (JWT-22). */
  readonly authorization?: string;
  /** Consumer ASID (SSP-03). */
  readonly sspFrom: string;
  /** Provider ASID (SSP-04). */
  readonly sspTo: string;
  /** Absent = no Accept header (HTTP-04). */
  readonly accept?: string;
  readonly requestId?: string;
}

export function buildEnvelopeHeaders(input: EnvelopeInput): Record<string, string> {
  return {
    ...(input.authorization !== undefined ? { Authorization: input.authorization } : {}),
    'Ssp-TraceID': randomUUID(),
    'Ssp-From': input.sspFrom,
    'Ssp-To': input.sspTo,
    'Ssp-InteractionID': INTERACTION_IDS[input.interaction],
    'X-Request-ID': input.requestId ?? randomUUID(),
    ...(input.accept !== undefined ? { Accept: input.accept } : {}),
  };
}

/** The URL of `path` on the target, either directly or through the SSP (SSP-01, SSP-06). */
export function targetUrl(baseUrl: string, path: string, sspPrefix?: string): string {
  const direct = `${baseUrl}${path}`;
  return sspPrefix === undefined ? direct : `${sspPrefix.replace(/\/+$/, '')}/${direct}`;
}
