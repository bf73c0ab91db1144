// How each named defect changes a well-formed token plan. A `Record` over the defect names, so a
// defect added to JWT_DEFECTS without a rule here does not type-check.
import { REFERENCE_JWT_CLAIMS } from '../../spec/reference-jwt.ts';
import type { JwtDefect } from './jwt-defects.ts';

export interface TokenPlan {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  /** The third segment: empty, dropped with its dot, junk, or a real HS256 signature. */
  readonly signature: 'empty' | 'dropped' | 'junk' | 'hs256';
  /** How the Authorization header is written; `absent` sends none, `garbage` sends `Bearer abc`. */
  readonly scheme: 'Bearer' | 'bearer' | 'Basic' | 'absent' | 'garbage';
}

interface DefectContext {
  readonly nowSec: number;
}

/** The SSP of fixture F1: the prefix a consumer may wrongly keep in `aud` (JWT-08). */
export const F1_SSP_BASE = 'https://ssp.example.nhs.uk';
export const OTHER_PROVIDER_AUDIENCE = 'https://not-this-provider.example/STU3/1';

type Rule = (plan: TokenPlan, ctx: DefectContext) => TokenPlan;

const claims = (change: Record<string, unknown>): Rule => (plan) => ({ ...plan, claims: { ...plan.claims, ...change } });
const without = (claim: string): Rule => (plan) => {
  const { [claim]: _removed, ...rest } = plan.claims;
  return { ...plan, claims: rest };
};
const times = (iatOffset: number, lifetime: number): Rule => (plan, { nowSec }) =>
  claims({ iat: nowSec + iatOffset, exp: nowSec + iatOffset + lifetime })(plan, { nowSec });
const nothingSent = (scheme: 'absent' | 'garbage'): Rule => (plan) => ({ ...plan, header: {}, claims: {}, scheme });
const derived = (make: (current: Record<string, unknown>) => Record<string, unknown>): Rule => (plan) =>
  ({ ...plan, claims: { ...plan.claims, ...make(plan.claims) } });
const HS256 = { alg: 'HS256', typ: 'JWT' };

const RULES: Record<JwtDefect, Rule> = {
  'none': (plan) => plan,
  'missing-authorization': nothingSent('absent'),
  'not-bearer': (plan) => ({ ...plan, scheme: 'Basic' }),
  'garbage-token': nothingSent('garbage'),
  'missing-iss': without('iss'),
  'missing-sub': without('sub'),
  'missing-aud': without('aud'),
  'missing-exp': without('exp'),
  'missing-iat': without('iat'),
  'missing-reason_for_request': without('reason_for_request'),
  'missing-requested_scope': without('requested_scope'),
  'missing-requesting_device': without('requesting_device'),
  'missing-requesting_organization': without('requesting_organization'),
  // HB-05 / JWT-11: exp = now - 1 and exp = now are both expired.
  'expired': times(-301, 300),
  'expires-now': times(-300, 300),
  'iat-in-future': times(120, 300),
  'wrong-aud': claims({ aud: OTHER_PROVIDER_AUDIENCE }),
  'aud-trailing-slash': derived((c) => ({ aud: `${String(c.aud)}/` })),
  'aud-with-ssp-prefix': derived((c) => ({ aud: `${F1_SSP_BASE}/${String(c.aud)}` })),
  // Never the write scope, which a lenient provider accepts on a read (C-32).
  'wrong-scope': derived((c) => ({ requested_scope: c.requested_scope === 'organization/slot.read' ? 'patient/appointment.read' : 'organization/slot.read' })),
  'wrong-reason': claims({ reason_for_request: 'secondaryuses' }),
  'signed-hs256': (plan) => ({ ...plan, header: HS256, signature: 'hs256' }),
  'no-trailing-dot': (plan) => ({ ...plan, signature: 'dropped' }),
  'signature-present': (plan) => ({ ...plan, signature: 'junk' }),
  'alg-hs256-unsigned': (plan) => ({ ...plan, header: HS256 }),
  'missing-typ': (plan) => ({ ...plan, header: { alg: 'none' } }),
  'exp-not-integer': times(0, 300.5),
  'iat-as-string': derived((c) => ({ iat: String(c.iat) })),
  'lifetime-600': times(0, 600),
  'device-not-device': derived((c) => ({ requesting_device: { ...(c.requesting_device as object), resourceType: 'Organization' } })),
  'org-without-ods-code': derived((c) => {
    const { identifier: _ods, ...organization } = c.requesting_organization as Record<string, unknown>;
    return { requesting_organization: organization };
  }),
  'practitioner-not-practitioner': derived((c) => ({
    requesting_practitioner: { ...((c.requesting_practitioner ?? REFERENCE_JWT_CLAIMS.requesting_practitioner) as object), resourceType: 'Person' },
  })),
  'sub-not-practitioner-id': derived((c) => ({ sub: `${String(c.sub)}-other` })),
  'http-iss': derived((c) => ({ iss: String(c.iss).replace(/^https:/, 'http:') })),
  'stale-iat': times(-60, 300),
  'lowercase-bearer': (plan) => ({ ...plan, scheme: 'bearer' }),
};

export function applyJwtDefect(defect: JwtDefect, plan: TokenPlan, ctx: DefectContext): TokenPlan {
  return RULES[defect](plan, ctx);
}
