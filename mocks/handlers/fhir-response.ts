// Builds every FHIR response the mock sends, so the transport obligations hold everywhere:
// HTTP-07 content type with charset, HTTP-10 Cache-Control: no-store, XTI-03/04 integrity headers.
import { problemStatus, toOperationOutcome, type Problem } from '../domain/problem.ts';
import type { ProviderConfig } from '../domain/provider-config.ts';
import type { WireResponse } from '../faults/fault-behaviour.ts';
import type { FhirFormat } from '../domain/transport/negotiate-format.ts';
import { toFhirXml } from '../domain/transport/fhir-xml.ts';

export const FHIR_JSON = 'application/fhir+json;charset=utf-8';
export const FHIR_XML = 'application/fhir+xml;charset=utf-8';

export interface Envelope {
  /** The provider's own id for this exchange (XTI-03). */
  readonly requestId: string;
  /** The consumer's X-Request-ID, echoed as X-Correlation-ID when one was received (XTI-04, C-41). */
  readonly correlationId: string | null;
}

export interface FhirResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

function baseHeaders(env: Envelope, format: FhirFormat): Headers {
  const headers = new Headers({
    'Content-Type': format === 'xml' ? FHIR_XML : FHIR_JSON,
    'Cache-Control': 'no-store',
    'X-Request-ID': env.requestId,
  });
  if (env.correlationId) headers.set('X-Correlation-ID', env.correlationId);
  return headers;
}

/** The response as it will go on the wire (where the faults that break transport act), in the negotiated format. */
export function toWireResponse(result: FhirResult, env: Envelope, format: FhirFormat = 'json'): WireResponse {
  const headers = baseHeaders(env, format);
  for (const [name, value] of Object.entries(result.headers ?? {})) headers.set(name, value);
  return { status: result.status, headers, body: format === 'xml' ? toFhirXml(result.body) : JSON.stringify(result.body) };
}

export function fromWireResponse(wire: WireResponse): Response {
  return new Response(wire.body, { status: wire.status, headers: wire.headers });
}

export function problemResult(problem: Problem, config: ProviderConfig, outcomeId: string): FhirResult {
  const status = problemStatus(problem.code, config);
  const headers: Record<string, string> = {};
  // C-04 lenient: RFC 6750 error classes in WWW-Authenticate.
  if (config.rfc6750Mode && status === 401) headers['WWW-Authenticate'] = 'Bearer error="invalid_token"';
  if (config.rfc6750Mode && status === 400 && problem.code.startsWith('AUTH_')) headers['WWW-Authenticate'] = 'Bearer error="invalid_request"';
  if (config.rfc6750Mode && status === 403 && problem.code.startsWith('AUTH_')) headers['WWW-Authenticate'] = 'Bearer error="insufficient_scope"';
  if (problem.code === 'METHOD_NOT_ALLOWED') headers['Allow'] = 'GET, POST, PUT';
  return { status, body: toOperationOutcome(problem, outcomeId), headers };
}
