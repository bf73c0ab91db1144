// The harness's token builder: the spec's unsigned JWT (UEC fs_authentication; catalogue 4.5) with
// the scenario's audience, scope and clock, or one named defect. The header is written by hand
// because jose's UnsecuredJWT omits `typ`, which JWT-02 requires.
import { createHmac } from 'node:crypto';
import { base64url } from 'jose';
import { applyJwtDefect } from './apply-jwt-defect.ts';
import type { TokenPlan } from './apply-jwt-defect.ts';
import { defaultJwtClaims } from './default-jwt-claims.ts';
import type { JwtClaimOptions } from './default-jwt-claims.ts';
import type { JwtDefect } from './jwt-defects.ts';

export interface BuildJwtOptions extends JwtClaimOptions {
  readonly defect?: JwtDefect;
  /** Applied last, after the defect; a value of `undefined` removes the claim. */
  readonly overrides?: Record<string, unknown>;
}

export interface BuiltJwt {
  /** The whole Authorization header value; undefined when no header is to be sent. */
  readonly authorization: string | undefined;
  /** What was encoded, for evidence ({} when no JWT is sent). */
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
}

/** The shared secret of the `signed-hs256` defect; the signature is never meant to be verified. */
export const HS256_TEST_SECRET = 'booking-assurance-hs256-test-secret';

const encode = (value: unknown): string => base64url.encode(JSON.stringify(value));

function withOverrides(claims: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...claims, ...overrides };
  for (const [claim, value] of Object.entries(overrides)) if (value === undefined) delete merged[claim];
  return merged;
}

function compact(plan: TokenPlan): string {
  const signingInput = `${encode(plan.header)}.${encode(plan.claims)}`;
  switch (plan.signature) {
    case 'empty': return `${signingInput}.`;
    case 'dropped': return signingInput;
    case 'junk': return `${signingInput}.${base64url.encode('not-a-signature')}`;
    // Synchronous HMAC so that building a token never needs `await` in a step; the test proves
    // jose verifies it as a genuine HS256 JWS.
    case 'hs256': return `${signingInput}.${createHmac('sha256', HS256_TEST_SECRET).update(signingInput).digest('base64url')}`;
  }
}

function authorizationFor(plan: TokenPlan): string | undefined {
  switch (plan.scheme) {
    case 'absent': return undefined;
    case 'garbage': return 'Bearer abc';
    default: return `${plan.scheme} ${compact(plan)}`;
  }
}

export function buildJwt(options: BuildJwtOptions): BuiltJwt {
  const wellFormed: TokenPlan = { header: { alg: 'none', typ: 'JWT' }, claims: defaultJwtClaims(options), signature: 'empty', scheme: 'Bearer' };
  const defective = applyJwtDefect(options.defect ?? 'none', wellFormed, { nowSec: options.nowSec });
  const plan = options.overrides === undefined || defective.scheme === 'absent' || defective.scheme === 'garbage'
    ? defective
    : { ...defective, claims: withOverrides(defective.claims, options.overrides) };
  return { authorization: authorizationFor(plan), header: plan.header, claims: plan.claims };
}
