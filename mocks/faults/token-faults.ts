// Faults in how a provider checks the bearer token: a check it skips is modelled by repairing that
// part of the token before the faithful checks see it, so every other check still runs.
import { odsCodeOf } from '../domain/auth/check-jwt-claims.ts';
import { INTERACTION_SCOPES } from '../../spec/interactions.ts';
import { isJsonObject } from '../domain/auth/parse-compact-jwt.ts';
import { REFERENCE_JWT_CLAIMS } from '../../spec/reference-jwt.ts';
import type { FaultBehaviour, FaultContext } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import { bearerClaims, rewriteClaims } from './rewrite-request.ts';

type Claims = Readonly<Record<string, unknown>>;

// JWT-04: every claim but the optional requesting_practitioner.
const MANDATORY_CLAIMS = Object.keys(REFERENCE_JWT_CLAIMS).filter((claim) => claim !== 'requesting_practitioner');

/** A token the provider would accept for this request: the catalogue's reference token, re-aimed. */
function validClaims(ctx: FaultContext): Claims {
  const nowSec = Math.floor(ctx.nowMs / 1000);
  return {
    ...REFERENCE_JWT_CLAIMS,
    aud: ctx.baseUrl,
    iat: nowSec,
    exp: nowSec + 300,
    ...(ctx.interaction ? { requested_scope: INTERACTION_SCOPES[ctx.interaction] } : {}),
  };
}

function when(test: (claims: Claims, ctx: FaultContext) => boolean, change: (claims: Claims, ctx: FaultContext) => Claims): FaultBehaviour['request'] {
  return (request, ctx) => rewriteClaims(request, (claims) => (claims !== undefined && test(claims, ctx) ? change(claims, ctx) : undefined));
}

export const TOKEN_FAULTS = {
  // JWT-11 broken: an unbounded skew allowance.
  'accept-expired-jwt': { config: (config) => ({ ...config, clockSkewSeconds: Number.MAX_SAFE_INTEGER }) },
  // JWT-22 / SLOT-36 broken: 401 though the target declares only the strict 403.
  '401-for-bad-token': { config: (config) => ({ ...config, authFailureStatus: 401 }) },
  // JWT-05 broken: only the claims present are checked; missing ones are taken as valid.
  'missing-claim-accepted': {
    request: when(
      (claims) => MANDATORY_CLAIMS.some((claim) => claims[claim] === undefined),
      (claims, ctx) => ({ ...Object.fromEntries(Object.entries(validClaims(ctx)).filter(([claim]) => MANDATORY_CLAIMS.includes(claim))), ...claims }),
    ),
  },
  // JWT-09 broken.
  'wrong-aud-accepted': { request: when((claims, ctx) => claims.aud !== ctx.baseUrl, (claims, ctx) => ({ ...claims, aud: ctx.baseUrl })) },
  // JWT-12 broken.
  'future-iat-accepted': {
    request: when((claims, ctx) => typeof claims.iat === 'number' && claims.iat * 1000 > ctx.nowMs, (claims, ctx) => ({ ...claims, iat: Math.floor(ctx.nowMs / 1000) })),
  },
  // JWT-16 broken.
  'wrong-scope-accepted': {
    request: when(
      (claims, ctx) => ctx.interaction !== undefined && claims.requested_scope !== INTERACTION_SCOPES[ctx.interaction],
      (claims, ctx) => ({ ...claims, requested_scope: ctx.interaction ? INTERACTION_SCOPES[ctx.interaction] : claims.requested_scope }),
    ),
  },
  // NFR-01 / JWT-22 broken: any request is served as the organisation its token names, if any.
  'no-auth-check': {
    request: (request, ctx) => rewriteClaims(request, (claims) => {
      const organization = claims?.requesting_organization;
      return { ...validClaims(ctx), ...(odsCodeOf(organization) ? { requesting_organization: organization } : {}) };
    }),
  },
  // JWT-19 broken.
  'practitioner-required': {
    refuse: (request) => {
      const claims = bearerClaims(request);
      return claims && claims.requesting_practitioner === undefined
        ? { code: 'AUTH_CLAIM', diagnostics: 'The JWT has no requesting_practitioner claim' }
        : undefined;
    },
  },
  // JWT-21 broken: the practitioner must carry its SDS role profile id.
  'practitioner-identifiers-required': {
    refuse: (request) => {
      const practitioner = bearerClaims(request)?.requesting_practitioner;
      const identifiers = isJsonObject(practitioner) && Array.isArray(practitioner.identifier) ? practitioner.identifier : [];
      const hasRoleProfile = identifiers.some((id: unknown) => isJsonObject(id) && id.system === 'https://fhir.nhs.uk/Id/sds-role-profile-id');
      return isJsonObject(practitioner) && !hasRoleProfile
        ? { code: 'AUTH_CLAIM', diagnostics: 'The JWT requesting_practitioner has no sds-role-profile-id identifier' }
        : undefined;
    },
  },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
