// The envelope every FHIR interaction of the mock goes through: format negotiation, the JWT,
// the consumer's identity, then the interaction's own rule; every refusal becomes an
// OperationOutcome, and an unexpected throw a 500 OperationOutcome — never a bare 500.
import type { Interaction } from '../../spec/interactions.ts';
import { decodeJwt } from '../domain/auth/decode-jwt.ts';
import { checkJwtClaims } from '../domain/auth/check-jwt-claims.ts';
import { negotiateFormat, type FhirFormat } from '../domain/transport/negotiate-format.ts';
import { checkRequestContentType } from '../domain/transport/check-request-content-type.ts';
import { isProblem, type Problem } from '../domain/problem.ts';
import type { ProviderConfig } from '../domain/provider-config.ts';
import type { RequestingConsumer } from '../domain/types.ts';
import type { FaultContext } from '../faults/fault-behaviour.ts';
import { faultHooks, type FaultHooks } from '../faults/fault-hooks.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import type { ChaosEffect } from '../store/chaos-rules.ts';
import { fromWireResponse, problemResult, toWireResponse, type Envelope, type FhirResult } from './fhir-response.ts';

export interface FhirCall {
  readonly request: Request;
  readonly url: URL;
  readonly consumer: RequestingConsumer;
  readonly env: Envelope;
  readonly nowMs: number;
  /** The section-3 switches in force (the state's, unless a fault changes them). */
  readonly config: ProviderConfig;
  /** The active faults' hooks (identity when none is active), and what they may know of the call. */
  readonly faults: FaultHooks;
  readonly faultContext: FaultContext;
}

export type Handled = FhirResult | Problem;


function outcomeId(): string {
  return `mock-${crypto.randomUUID()}`;
}

/** HTTP-01: JSON always, XML when the provider serves it. */
export function servedFormats(config: ProviderConfig): readonly FhirFormat[] {
  return config.serveXml ? ['json', 'xml'] : ['json'];
}

function negotiate(config: ProviderConfig, request: Request) {
  return negotiateFormat({
    accept: request.headers.get('accept'),
    format: new URL(request.url).searchParams.get('_format'),
    contentType: request.headers.get('content-type'),
    method: request.method,
    served: servedFormats(config),
  });
}

/** The format to answer in; a refused negotiation is answered in JSON (HTTP-04). */
function answerFormat(config: ProviderConfig, request: Request): FhirFormat {
  const negotiated = negotiate(config, request);
  return negotiated.ok ? negotiated.format : 'json';
}

function checkEnvelope(state: MockProviderState, config: ProviderConfig, request: Request, interaction: Interaction): Problem | RequestingConsumer {
  const headers = request.headers;
  const format = negotiate(config, request);
  if (!format.ok) return format.problem;
  if (request.method === 'POST' || request.method === 'PUT') {
    const contentProblem = checkRequestContentType(headers.get('content-type'), servedFormats(config));
    if (contentProblem) return contentProblem;
  }
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

/** Where the faults act on a request; with no fault active every hook is the identity. */
interface Faulted {
  readonly faults: FaultHooks;
  readonly ctx: FaultContext;
  readonly config: ProviderConfig;
  readonly env: Envelope;
}

function faulted(state: MockProviderState, request: Request, interaction: Interaction | undefined): Faulted {
  const faults = faultHooks(state.faults, state.variantBehaviours);
  const ctx: FaultContext = {
    interaction,
    method: request.method,
    url: request.url,
    baseUrl: state.baseUrl,
    nowMs: state.clock.now(),
    // A getter: copying every slot is only worth it for the faults that read the data.
    get data() { return state.store.data; },
    currentAppointment: (id) => state.appointments.read(id),
  };
  const env: Envelope = { requestId: crypto.randomUUID(), correlationId: request.headers.get('x-request-id') };
  return { faults, ctx, config: faults.config(state.config), env };
}

/** Renders an answer (a refusal becomes an OperationOutcome) and puts it on the wire in the negotiated format. */
function respond({ faults, ctx, config, env }: Faulted, handled: Handled, request: Request): Response {
  const answer = isProblem(handled) ? faults.problem(handled, ctx) : handled;
  const result = 'code' in answer ? problemResult(answer, config, outcomeId()) : answer;
  return fromWireResponse(faults.wire(toWireResponse(faults.result(result, ctx), env, answerFormat(config, request)), ctx));
}

export async function handleFhirRequest(
  state: MockProviderState,
  received: Request,
  interaction: Interaction,
  run: (call: FhirCall) => Handled | Promise<Handled>,
): Promise<Response> {
  const f = faulted(state, received, interaction);
  try {
    const request = await f.faults.request(received, f.ctx);
    const url = new URL(request.url);
    const checked = (await f.faults.refuse(request, f.ctx)) ?? checkEnvelope(state, f.config, request, interaction);
    if ('code' in checked) return respond(f, checked, request);
    const chaos = state.chaos.take(interaction);
    if (chaos?.serverError) return state.traffic.markServerErrorInjected(respond(f, { code: 'INTERNAL', diagnostics: 'Server failure injected by an admin chaos rule; nothing was changed' }, request));
    const handled = await run({ request, url, consumer: checked, env: f.env, nowMs: f.ctx.nowMs, config: f.config, faults: f.faults, faultContext: f.ctx });
    return await applyChaos(state, chaos, respond(f, handled, request), received);
  } catch (error) {
    const problem: Problem = { code: 'INTERNAL', diagnostics: `The mock provider failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
    return respond(f, problem, received);
  }
}

/** Admin-configured slowness or a dropped response, after the interaction has been committed; the traffic log keeps the decided answer. */
async function applyChaos(state: MockProviderState, effect: ChaosEffect | undefined, response: Response, received: Request): Promise<Response> {
  if (!effect) return response;
  if (effect.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, effect.delayMs));
  return effect.drop ? state.traffic.markDropped(Response.error(), response, received) : response;
}

/** A refusal that needs no envelope checks (unknown path, wrong verb). */
export function problemResponse(state: MockProviderState, request: Request, problem: Problem): Response {
  return respond(faulted(state, request, undefined), problem, request);
}
