// The consumer-side judgement of the bearer token on one request (consumer assurance): one finding
// per consumer obligation checked. The provider-side refusal rules live in decode-jwt and
// check-jwt-claims; this is stricter on purpose (e.g. JWT-10's exact 300 s lifetime).
import { finding } from '../judge/finding.ts';
import type { Finding } from '../judge/finding.ts';
import { describeValue } from './decode-jwt.ts';
import { INTERACTION_SCOPES } from '../../../spec/interactions.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import { judgeRequestingResources } from './judge-requesting-resources.ts';
import { normaliseAudience } from './normalise-audience.ts';
import { parseCompactJwt } from './parse-compact-jwt.ts';
import type { JsonObject } from './parse-compact-jwt.ts';

export interface JudgeJwtContext {
  readonly interaction: Interaction;
  readonly nowSec: number;
  /** The mock provider's service root URL. */
  readonly audience: string;
  /** JWT-18: the consumer organisation the scenario expects, when it knows one. */
  readonly expectedOdsCode?: string;
}

const MANDATORY_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'iat', 'reason_for_request', 'requested_scope', 'requesting_device', 'requesting_organization'];
/** JWT-25: how far `iat` may sit from the request time and still count as a fresh token. */
export const FRESH_TOKEN_SECONDS = 5;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
/** URLs are shown whole (up to 200 characters) so that a report shows where they differ. */
const showUrl = (value: unknown): string =>
  typeof value === 'string' && value.length <= 200 ? JSON.stringify(value) : describeValue(value);

function isHttpsUrl(value: unknown): boolean {
  if (!isText(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.host !== '';
  } catch {
    return false;
  }
}

function judgeHeaderAndSignature(header: JsonObject, signature: string | undefined): Finding[] {
  const keys = Object.keys(header).sort().join(',');
  return [
    // JWT-02
    keys === 'alg,typ' && header.alg === 'none' && header.typ === 'JWT'
      ? finding('JWT-02', 'pass', 'header is {"alg":"none","typ":"JWT"}')
      : finding('JWT-02', 'fail', `header is ${JSON.stringify(header).slice(0, 120)}; expected {"alg":"none","typ":"JWT"}`, header),
    // JWT-03
    signature === undefined
      ? finding('JWT-03', 'fail', 'the token has no trailing "." (the empty signature segment was dropped)')
      : signature === ''
        ? finding('JWT-03', 'pass', 'empty signature and trailing "."')
        : finding('JWT-03', 'fail', `the signature segment is not empty (${signature.length} characters); an unsigned JWT ends with "."`),
  ];
}

function judgeClaims(claims: JsonObject, ctx: JudgeJwtContext): Finding[] {
  const { iss, sub, aud, exp, iat, reason_for_request: reason, requested_scope: scope } = claims;
  const practitioner = claims.requesting_practitioner;
  const missing = MANDATORY_CLAIMS.filter((claim) => claims[claim] === undefined);
  const practitionerId = typeof practitioner === 'object' && practitioner !== null ? (practitioner as JsonObject).id : undefined;
  const expectedScope = INTERACTION_SCOPES[ctx.interaction];
  const lifetimeOk = Number.isInteger(iat) && Number.isInteger(exp);
  const findings: Finding[] = [
    missing.length === 0
      ? finding('JWT-04', 'pass', 'all mandatory claims present')
      : finding('JWT-04', 'fail', `missing mandatory claim(s): ${missing.join(', ')}`, missing),
    isHttpsUrl(iss)
      ? finding('JWT-06', 'pass', 'iss is an absolute https URL')
      : finding('JWT-06', 'fail', `iss must be the consumer's Spine endpoint as an absolute https URL; got ${showUrl(iss)}`, iss),
    !isText(sub)
      ? finding('JWT-07', 'fail', `sub must be the user id; got ${describeValue(sub)}`, sub)
      : practitioner !== undefined && practitionerId !== sub
        ? finding('JWT-07', 'fail', `sub ${describeValue(sub)} differs from requesting_practitioner.id ${describeValue(practitionerId)}`, { sub, practitionerId })
        : finding('JWT-07', 'pass', practitioner === undefined ? 'sub present (no requesting_practitioner to compare)' : 'sub equals requesting_practitioner.id'),
    aud === ctx.audience
      ? finding('JWT-08', 'pass', 'aud is the provider service root URL')
      : finding('JWT-08', 'fail', `aud ${showUrl(aud)} is not the provider service root URL ${JSON.stringify(ctx.audience)}${
        typeof aud === 'string' && normaliseAudience(aud) === normaliseAudience(ctx.audience)
          ? ' (it differs only in scheme/host case or a trailing "/", which lenient providers accept: C-31)' : ''}`, { aud, expected: ctx.audience }),
    !lifetimeOk
      ? finding('JWT-10', 'fail', `iat and exp must be integer UNIX seconds; got iat ${describeValue(iat)}, exp ${describeValue(exp)}`, { iat, exp })
      : (exp as number) - (iat as number) === 300
        ? finding('JWT-10', 'pass', 'exp = iat + 300')
        : finding('JWT-10', 'fail', `exp - iat must be exactly 300; got ${(exp as number) - (iat as number)}`, { iat, exp }),
    reason === 'directcare'
      ? finding('JWT-14', 'pass', 'reason_for_request is "directcare"')
      : finding('JWT-14', 'fail', `reason_for_request is ${describeValue(reason)}; expected "directcare"`, reason),
    scope === expectedScope
      ? finding('JWT-15', 'pass', `requested_scope is "${expectedScope}"`)
      // C-32: the Registry search has no published scope, so a different one is only a warning.
      : finding('JWT-15', ctx.interaction === 'appointment-search' ? 'warn' : 'fail',
        `requested_scope is ${describeValue(scope)}; ${ctx.interaction} expects "${expectedScope}"`, scope),
    ...judgeRequestingResources(claims, ctx.expectedOdsCode),
  ];
  if (lifetimeOk) findings.push(judgeFreshness(iat as number, exp as number, ctx.nowSec));
  return findings;
}

// JWT-25 (SHOULD): a fresh token per request, so iat sits at the request time and exp is ahead.
function judgeFreshness(iat: number, exp: number, nowSec: number): Finding {
  const evidence = { iat, exp, now: nowSec };
  if (nowSec >= exp) return finding('JWT-25', 'warn', `the token was used ${nowSec - exp} s after its exp (reused after expiry)`, evidence);
  if (Math.abs(nowSec - iat) > FRESH_TOKEN_SECONDS) {
    const when = iat < nowSec ? `${nowSec - iat} s before` : `${iat - nowSec} s after`;
    return finding('JWT-25', 'warn', `iat is ${when} the request; create a fresh token for each request`, evidence);
  }
  return finding('JWT-25', 'pass', `iat is within ${FRESH_TOKEN_SECONDS} s of the request`);
}

export function judgeConsumerJwt(authorization: string | null, ctx: JudgeJwtContext): Finding[] {
  // JWT-01: `Authorization: Bearer <JWT>` on every request.
  if (authorization === null) {
    return [finding('JWT-01', 'fail', 'no Authorization header; every request, metadata included, must carry "Bearer <JWT>"')];
  }
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(authorization);
  if (match === null) return [finding('JWT-01', 'fail', 'the Authorization header is not of the form "Bearer <JWT>"')];
  const [, scheme, token] = match;
  if (scheme.toLowerCase() !== 'bearer') {
    return [finding('JWT-01', 'fail', `the Authorization scheme is ${describeValue(scheme.slice(0, 20))}; expected "Bearer"`)];
  }
  const parsed = parseCompactJwt(token);
  if (!parsed.ok) return [finding('JWT-01', 'fail', `the bearer token is not a JWT: ${parsed.reason}`)];
  const bearer = authorization === `Bearer ${token}`
    ? finding('JWT-01', 'pass', 'Authorization: Bearer <JWT> sent')
    : finding('JWT-01', 'warn', 'the Authorization header should read exactly "Bearer <JWT>" (scheme case, one space)');
  return [bearer, ...judgeHeaderAndSignature(parsed.header, parsed.signature), ...judgeClaims(parsed.claims, ctx)];
}
