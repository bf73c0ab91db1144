// What a strict provider checks in the claims of a decoded token before it serves a request
// (JWT-05, JWT-09, JWT-11, JWT-12, JWT-16, JWT-19/21), and who the requester is. Consumer-only
// obligations such as `exp - iat == 300` (JWT-10) are judged by judge-jwt, not enforced here.
import type { Problem, ProblemCode } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import { describeValue } from './decode-jwt.ts';
import type { DecodedJwt } from './decode-jwt.ts';
import { INTERACTION_SCOPES } from '../../../spec/interactions.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import { isJsonObject } from './parse-compact-jwt.ts';
import { normaliseAudience } from './normalise-audience.ts';
import { IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';

export const ODS_ORGANIZATION_SYSTEM = IDENTIFIER_SYSTEM.odsOrganizationCode;

/** The requester as the token names it. */
export interface RequestingConsumerClaims {
  readonly odsCode: string;
  readonly orgName?: string;
  readonly sub: string;
  readonly practitionerId?: string;
  readonly iss: string;
  readonly scope: string;
  /** `exp - iat`: consumers must send 300 (JWT-10); the provider only reports it. */
  readonly lifetimeSeconds: number;
}

export interface JwtClaimsContext {
  readonly interaction: Interaction;
  readonly nowSec: number;
  /** The provider's service root URL. */
  readonly audience: string;
  readonly config: Pick<ProviderConfig, 'clockSkewSeconds' | 'audNormalise' | 'writeImpliesRead'>;
}

export type CheckJwtClaimsResult =
  | { readonly ok: true; readonly consumer: RequestingConsumerClaims }
  | { readonly ok: false; readonly problem: Problem };

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isResource = (type: string) => (value: unknown): boolean => isJsonObject(value) && value.resourceType === type;

/** The ODS code of a `requesting_organization`, if it carries one. */
export function odsCodeOf(organization: unknown): string | undefined {
  if (!isJsonObject(organization) || !Array.isArray(organization.identifier)) return undefined;
  const ods = organization.identifier.find((id: unknown) => isJsonObject(id) && id.system === ODS_ORGANIZATION_SYSTEM);
  return isJsonObject(ods) && isText(ods.value) ? ods.value : undefined;
}

// JWT-04/JWT-05: every mandatory claim, in the catalogue's order, with the type it must have.
const MANDATORY: readonly [claim: string, expected: string, test: (value: unknown) => boolean][] = [
  ['iss', 'a non-empty string', isText],
  ['sub', 'a non-empty string', isText],
  ['aud', 'a non-empty string', isText],
  ['exp', 'an integer number of seconds', Number.isInteger],
  ['iat', 'an integer number of seconds', Number.isInteger],
  ['reason_for_request', 'a non-empty string', isText],
  ['requested_scope', 'a non-empty string', isText],
  ['requesting_device', 'a Device resource (resourceType "Device")', isResource('Device')],
  ['requesting_organization', 'an Organization resource (resourceType "Organization")', isResource('Organization')],
  ['requesting_organization', `an Organization with an identifier of system ${ODS_ORGANIZATION_SYSTEM}`, (org) => odsCodeOf(org) !== undefined],
];

const refuse = (code: ProblemCode, diagnostics: string): CheckJwtClaimsResult => ({ ok: false, problem: { code, diagnostics } });

export function checkJwtClaims(token: DecodedJwt, ctx: JwtClaimsContext): CheckJwtClaimsResult {
  const { claims } = token;
  const { nowSec, config } = ctx;
  for (const [claim, expected, test] of MANDATORY) {
    const value = claims[claim];
    if (value === undefined) return refuse('AUTH_CLAIM', `The JWT has no ${claim} claim (JWT-04, JWT-05)`);
    if (!test(value)) return refuse('AUTH_CLAIM', `The JWT ${claim} claim must be ${expected}; got ${describeValue(value)} (JWT-05)`);
  }
  const practitioner = claims.requesting_practitioner;
  // JWT-19/JWT-21: optional, and tolerated without its role-profile or local identifier.
  if (practitioner !== undefined && !isResource('Practitioner')(practitioner)) {
    return refuse('AUTH_CLAIM', `The JWT requesting_practitioner claim must be a Practitioner resource when present; got ${describeValue(practitioner)} (JWT-20)`);
  }
  // JWT-14
  if (claims.reason_for_request !== 'directcare') {
    return refuse('AUTH_CLAIM', `The JWT reason_for_request is ${describeValue(claims.reason_for_request)}; expected "directcare" (JWT-14)`);
  }
  const aud = claims.aud as string;
  // JWT-09 (C-31: exact match unless audNormalise).
  const audMatches = config.audNormalise ? normaliseAudience(aud) === normaliseAudience(ctx.audience) : aud === ctx.audience;
  if (!audMatches) {
    const how = config.audNormalise ? ' (compared ignoring case in scheme and host and one trailing "/", C-31)' : '';
    return refuse('AUTH_AUDIENCE', `The JWT aud ${JSON.stringify(aud).slice(0, 200)} is not this provider's service root URL ${JSON.stringify(ctx.audience)}${how} (JWT-09)`);
  }
  const exp = claims.exp as number;
  const iat = claims.iat as number;
  const skew = config.clockSkewSeconds;
  const allowance = skew === 0 ? '' : ` plus the ${skew} s clock-skew allowance`;
  // JWT-11: expired "on and after" exp (C-30: skew defaults to 0).
  if (nowSec >= exp + skew) {
    return refuse('AUTH_EXPIRED', `The JWT has expired: now ${nowSec} is on or after exp ${exp}${allowance} (JWT-11)`);
  }
  // JWT-12: issued in the future.
  if (iat > nowSec + skew) {
    return refuse('AUTH_NOT_YET_VALID', `The JWT was issued in the future: iat ${iat} is after now ${nowSec}${allowance} (JWT-12)`);
  }
  // JWT-16 (C-32: write implies read only when configured).
  const scope = claims.requested_scope as string;
  const needed = INTERACTION_SCOPES[ctx.interaction];
  const allowed = config.writeImpliesRead && needed === 'patient/appointment.read' ? [needed, 'patient/appointment.write'] : [needed];
  if (!allowed.includes(scope)) {
    return refuse('AUTH_SCOPE', `The JWT requested_scope is ${describeValue(scope)}; ${ctx.interaction} needs ${allowed.map((s) => JSON.stringify(s)).join(' or ')} (JWT-16)`);
  }
  const organization = claims.requesting_organization as Record<string, unknown>;
  return {
    ok: true,
    consumer: {
      odsCode: odsCodeOf(organization) as string,
      ...(isText(organization.name) ? { orgName: organization.name } : {}),
      sub: claims.sub as string,
      ...(isJsonObject(practitioner) && isText(practitioner.id) ? { practitionerId: practitioner.id } : {}),
      iss: claims.iss as string,
      scope,
      lifetimeSeconds: exp - iat,
    },
  };
}
