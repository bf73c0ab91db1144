// The envelope every FHIR interaction of the mock goes through: format negotiation, the JWT,
// the consumer's identity, then the interaction's own rule; every refusal becomes an
// OperationOutcome, and an unexpected throw a 500 OperationOutcome — never a bare 500.
import type { Interaction } from '../domain/auth/interactions.ts';
import { decodeJwt } from '../domain/auth/decode-jwt.ts';
import { checkJwtClaims } from '../domain/auth/check-jwt-claims.ts';
import { negotiateFormat } from '../domain/transport/negotiate-format.ts';
import { checkRequestContentType } from '../domain/transport/check-request-content-type.ts';
import type { Problem } from '../domain/problem.ts';
import type { RequestingConsumer } from '../domain/types.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { fhirResponse, problemResult, type Envelope, type FhirResult } from './fhir-response.ts';

export interface FhirCall {
  readonly request: Request;
  readonly url: URL;
  readonly consumer: RequestingConsumer;
  readonly env: Envelope;
  readonly nowMs: number;
}

export type Handled = FhirResult | Problem;

function isProblem(value: Handled): value is Problem {
  return 'code' in value && 'diagnostics' in value;
}

function outcomeId(): string {
  return `mock-${crypto.randomUUID()}`;
}

function checkEnvelope(state: MockProviderState, request: Request, url: URL, interaction: Interaction): Problem | RequestingConsumer {
  const headers = request.headers;
  const format = negotiateFormat({
    accept: headers.get('accept'),
    format: url.searchParams.get('_format'),
    contentType: headers.get('content-type'),
    method: request.method,
  });
  if (!format.ok) return format.problem;
  if (request.method === 'POST' || request.method === 'PUT') {
    const contentProblem = checkRequestContentType(headers.get('content-type'));
    if (contentProblem) return contentProblem;
  }
  const config = state.faults.has('accept-expired-jwt')
    ? { ...state.config, clockSkewSeconds: Number.MAX_SAFE_INTEGER }
    : state.config;
  const decoded = decodeJwt(headers.get('authorization'), config);
  if (!decoded.ok) return decoded.problem;
  const claims = checkJwtClaims(decoded.token, {
    interaction,
    nowSec: state.clock.nowSeconds(),
    audience: state.baseUrl,
    config,
  });
  if (!claims.ok) return claims.problem;
  const asid = headers.get('ssp-from') ?? undefined;
  return { odsCode: claims.consumer.odsCode, ...(asid ? { asid } : {}) };
}

export async function handleFhirRequest(
  state: MockProviderState,
  request: Request,
  interaction: Interaction,
  run: (call: FhirCall) => Handled | Promise<Handled>,
): Promise<Response> {
  const env: Envelope = {
    requestId: crypto.randomUUID(),
    correlationId: request.headers.get('x-request-id'),
    faults: state.faults,
  };
  try {
    const url = new URL(request.url);
    const checked = checkEnvelope(state, request, url, interaction);
    if ('code' in checked) return fhirResponse(problemResult(checked, state.config, outcomeId()), env);
    const handled = await run({ request, url, consumer: checked, env, nowMs: state.clock.now() });
    const response = fhirResponse(isProblem(handled) ? problemResult(handled, state.config, outcomeId()) : handled, env);
    return await applyChaos(state, interaction, response);
  } catch (error) {
    const problem: Problem = { code: 'INTERNAL', diagnostics: `The mock provider failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
    return fhirResponse(problemResult(problem, state.config, outcomeId()), env);
  }
}

/** Admin-configured slowness or a dropped response, after the interaction has been committed. */
async function applyChaos(state: MockProviderState, interaction: Interaction, response: Response): Promise<Response> {
  const effect = state.chaos.take(interaction);
  if (!effect) return response;
  if (effect.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, effect.delayMs));
  return effect.drop ? Response.error() : response;
}

/** A refusal that needs no envelope checks (unknown path, wrong verb). */
export function problemResponse(state: MockProviderState, request: Request, problem: Problem): Response {
  const env: Envelope = { requestId: crypto.randomUUID(), correlationId: request.headers.get('x-request-id'), faults: state.faults };
  return fhirResponse(problemResult(problem, state.config, outcomeId()), env);
}
