// Talks to the target the way a consumer does: every request gets the standard envelope (a fresh
// JWT for the interaction's scope, the SSP headers, X-Request-ID, FHIR JSON Accept), goes directly
// or through the SSP, and is recorded as evidence. A network failure is inconclusive, never a
// failure of the target: the scenario stops with the reason.
import { gzipSync } from 'node:zlib';
import type { Interaction } from '../../spec/interactions.ts';
import { INTERACTION_SCOPES } from '../../spec/interactions.ts';
import { buildJwt } from '../jwt/build-jwt.ts';
import type { PractitionerMode } from '../jwt/default-jwt-claims.ts';
import type { JwtDefect } from '../jwt/jwt-defects.ts';
import { decodeJwtForEvidence } from '../jwt/decode-jwt-for-evidence.ts';
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { InconclusiveCode } from '../verdict/verdict.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import type { HttpTransport } from './create-transport.ts';
import type { EvidenceLog } from './evidence-log.ts';
import type { AnsweredExchange, Exchange, ExchangePurpose, NetworkFailureKind } from './exchange.ts';
import { redactHeaders } from './redact-headers.ts';
import { sendHttp } from './send-http.ts';
import { buildEnvelopeHeaders, FHIR_JSON_UTF8, targetUrl } from './standard-envelope.ts';

/** How the scenario's token differs from the spec defaults. */
export interface TokenSpec {
  readonly defect?: JwtDefect;
  readonly practitioner?: PractitionerMode;
  /** Claims set last; `undefined` removes a claim. */
  readonly overrides?: Record<string, unknown>;
  /** The clock the token is timed by (UNIX seconds); the local clock when absent. */
  readonly nowSec?: number;
}

export type Route = 'direct' | 'ssp';

export interface RequestSpec {
  readonly interaction: Interaction;
  readonly method: string;
  /** Relative to the service root, e.g. `/Slot?…` or `/metadata`. */
  readonly path: string;
  readonly purpose: ExchangePurpose;
  readonly label: string;
  readonly consumer: ConsumerIdentity;
  readonly token?: TokenSpec;
  /** Through the SSP when the target declares one, unless `direct` is asked for (SSP-06). */
  readonly route?: Route;
  /** Header changes on top of the envelope; `null` removes a header. */
  readonly headers?: Readonly<Record<string, string | null>>;
  readonly body?: string;
  /** HTTP-08: send the body gzipped (with `Content-Encoding: gzip`); the evidence keeps the text. */
  readonly contentEncoding?: 'gzip';
}

export interface RawRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly contentEncoding?: 'gzip';
  readonly purpose: ExchangePurpose;
  readonly label: string;
}

export interface TargetClientOptions {
  readonly target: ResolvedTarget;
  readonly transport: HttpTransport;
  readonly log: EvidenceLog;
  /** Called with every exchange, answered or not (the World attaches it to the report). */
  readonly record: (exchange: Exchange) => void | Promise<void>;
  readonly nowMs?: () => number;
  /** The run's breaker: once a dead target has tripped it, nothing more is sent. */
  readonly breaker?: CircuitBreaker;
}

const INCONCLUSIVE_BY_KIND: Readonly<Record<NetworkFailureKind, InconclusiveCode>> = {
  timeout: 'INCONCLUSIVE_TIMEOUT',
  tls: 'INCONCLUSIVE_TLS',
  reset: 'INCONCLUSIVE_NETWORK',
  refused: 'INCONCLUSIVE_NETWORK',
  dns: 'INCONCLUSIVE_NETWORK',
  protocol: 'INCONCLUSIVE_NETWORK',
  other: 'INCONCLUSIVE_NETWORK',
};

function applyHeaderChanges(base: Record<string, string>, changes: Readonly<Record<string, string | null>>): Record<string, string> {
  const out = { ...base };
  for (const [name, value] of Object.entries(changes)) {
    for (const existing of Object.keys(out)) if (existing.toLowerCase() === name.toLowerCase()) delete out[existing];
    if (value !== null) out[name] = value;
  }
  return out;
}

export class TargetClient {
  readonly #options: TargetClientOptions;

  constructor(options: TargetClientOptions) {
    this.#options = options;
  }

  #authorization(spec: RequestSpec): string | undefined {
    const { target } = this.#options;
    const nowSec = spec.token?.nowSec ?? Math.floor((this.#options.nowMs ?? Date.now)() / 1000);
    return buildJwt({
      audience: target.config.baseUrl,
      scope: INTERACTION_SCOPES[spec.interaction],
      nowSec,
      odsCode: spec.consumer.odsCode,
      orgName: spec.consumer.name,
      asid: spec.consumer.asid ?? target.config.consumerAsid,
      ...(spec.token?.practitioner ? { practitioner: spec.token.practitioner } : {}),
      ...(spec.token?.defect ? { defect: spec.token.defect } : {}),
      ...(spec.token?.overrides ? { overrides: spec.token.overrides } : {}),
    }).authorization;
  }

  /** Sends one FHIR request in the standard envelope; resolves only with an answered exchange. */
  async send(spec: RequestSpec): Promise<AnsweredExchange> {
    const { target } = this.#options;
    const authorization = this.#authorization(spec);
    const envelope = buildEnvelopeHeaders({
      interaction: spec.interaction,
      ...(authorization !== undefined ? { authorization } : {}),
      sspFrom: spec.consumer.asid ?? target.config.consumerAsid,
      sspTo: target.config.providerAsid,
      accept: FHIR_JSON_UTF8,
    });
    const route = spec.route ?? (target.config.sspPrefix !== undefined ? 'ssp' : 'direct');
    return this.sendRaw({
      method: spec.method,
      url: targetUrl(target.config.baseUrl, spec.path, route === 'ssp' ? target.config.sspPrefix : undefined),
      headers: applyHeaderChanges(envelope, spec.headers ?? {}),
      purpose: spec.purpose,
      label: spec.label,
      ...(spec.body !== undefined ? { body: spec.body } : {}),
      ...(spec.contentEncoding ? { contentEncoding: spec.contentEncoding } : {}),
    });
  }

  /** Sends a request exactly as given (e.g. a mock's admin call), recorded like any other. */
  async sendRaw(request: RawRequest): Promise<AnsweredExchange> {
    const { target, transport, log, breaker } = this.#options;
    const { method, url, body } = request;
    const unreachable = breaker?.openReason;
    if (unreachable !== undefined) throw new InconclusiveError('INCONCLUSIVE_UNREACHABLE', `${method} ${url} was not sent: ${unreachable}`);
    const wire = request.contentEncoding === 'gzip' && body !== undefined ? gzipSync(body) : body;
    const headers = wire instanceof Uint8Array ? { ...request.headers, 'Content-Encoding': 'gzip' } : request.headers;
    const result = await sendHttp({ method, url, headers, ...(wire !== undefined ? { body: wire } : {}) }, transport, target.limits);
    const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
    const token = authorization === undefined ? undefined : decodeJwtForEvidence(authorization);
    const exchange: Exchange = {
      id: log.nextId(),
      purpose: request.purpose,
      label: request.label,
      startedAt: result.startedAt,
      durationMs: result.durationMs,
      request: { method, url, headers: redactHeaders(headers), ...(body !== undefined ? { body } : {}) },
      ...(result.response ? { response: result.response } : {}),
      ...(result.failure ? { failure: result.failure } : {}),
      ...(token ? { token } : {}),
    };
    if (result.failure) breaker?.recordFailure(result.failure.kind, result.failure.message);
    else breaker?.recordAnswer();
    log.add(exchange);
    await this.#options.record(exchange);
    if (result.failure) {
      throw new InconclusiveError(INCONCLUSIVE_BY_KIND[result.failure.kind], `${method} ${url}: ${result.failure.kind} (${result.failure.message})`, { exchangeId: exchange.id });
    }
    return exchange as AnsweredExchange;
  }
}
