// The named ways a test token can be wrong. The list is the single source for the `{jwtDefect}`
// Cucumber parameter type, so a defect a step names but nobody built is an undefined step.
import type { ObligationId } from '../../mocks/domain/judge/finding.ts';

export interface JwtDefectInfo {
  readonly name: string;
  readonly description: string;
  /** The obligation ids a scenario using this defect exercises. */
  readonly obligations: readonly ObligationId[];
}

export const JWT_DEFECTS = [
  { name: 'none', description: 'a valid token with the spec defaults', obligations: ['JWT-04', 'JWT-19'] },
  { name: 'missing-authorization', description: 'no Authorization header at all', obligations: ['JWT-01', 'JWT-22'] },
  { name: 'not-bearer', description: 'the valid token under the Basic scheme instead of Bearer', obligations: ['JWT-01', 'JWT-22'] },
  { name: 'garbage-token', description: '`Bearer abc`: not a JWT at all', obligations: ['JWT-05', 'JWT-22'] },
  { name: 'missing-iss', description: 'no iss claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-sub', description: 'no sub claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-aud', description: 'no aud claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-exp', description: 'no exp claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-iat', description: 'no iat claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-reason_for_request', description: 'no reason_for_request claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-requested_scope', description: 'no requested_scope claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-requesting_device', description: 'no requesting_device claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'missing-requesting_organization', description: 'no requesting_organization claim', obligations: ['JWT-04', 'JWT-05'] },
  { name: 'expired', description: 'exp = now - 1 (iat = exp - 300)', obligations: ['JWT-11'] },
  { name: 'expires-now', description: 'exp = now (expired "on and after" exp)', obligations: ['JWT-11'] },
  { name: 'iat-in-future', description: 'iat = now + 120, exp = iat + 300', obligations: ['JWT-12'] },
  { name: 'wrong-aud', description: 'aud names another provider (https://not-this-provider.example/STU3/1)', obligations: ['JWT-08', 'JWT-09'] },
  { name: 'aud-trailing-slash', description: 'aud is the service root URL plus "/" (rejected strictly, accepted by audNormalise: C-31)', obligations: ['JWT-08', 'JWT-09'] },
  { name: 'aud-with-ssp-prefix', description: 'aud keeps the SSP prefix in front of the service root URL', obligations: ['JWT-08', 'JWT-09'] },
  { name: 'wrong-scope', description: 'requested_scope of another interaction (never the write scope on a read)', obligations: ['JWT-15', 'JWT-16'] },
  { name: 'wrong-reason', description: 'reason_for_request "secondaryuses" instead of "directcare"', obligations: ['JWT-14'] },
  { name: 'signed-hs256', description: 'an HS256-signed JWS over the same claims (accepted only by acceptSignedJws: C-29)', obligations: ['JWT-02', 'JWT-03'] },
  { name: 'no-trailing-dot', description: 'the unsigned token without its trailing "."', obligations: ['JWT-03'] },
  { name: 'signature-present', description: 'alg "none" but a non-empty signature segment', obligations: ['JWT-03'] },
  { name: 'alg-hs256-unsigned', description: 'header alg "HS256" with an empty signature', obligations: ['JWT-02'] },
  { name: 'missing-typ', description: 'header {"alg":"none"} without typ (what jose emits for unsecured JWTs)', obligations: ['JWT-02'] },
  { name: 'exp-not-integer', description: 'exp = iat + 300.5', obligations: ['JWT-05', 'JWT-10'] },
  { name: 'iat-as-string', description: 'iat as a string of digits', obligations: ['JWT-05', 'JWT-10'] },
  { name: 'lifetime-600', description: 'exp = iat + 600 (valid for a provider; a consumer must send 300)', obligations: ['JWT-10'] },
  { name: 'device-not-device', description: 'requesting_device with resourceType "Organization"', obligations: ['JWT-05', 'JWT-17'] },
  { name: 'org-without-ods-code', description: 'requesting_organization without its ODS code identifier', obligations: ['JWT-05', 'JWT-18'] },
  { name: 'practitioner-not-practitioner', description: 'requesting_practitioner with resourceType "Person"', obligations: ['JWT-20'] },
  { name: 'sub-not-practitioner-id', description: 'sub differs from requesting_practitioner.id', obligations: ['JWT-07'] },
  { name: 'http-iss', description: 'iss is an http:// URL', obligations: ['JWT-06'] },
  { name: 'stale-iat', description: 'iat = now - 60, exp = iat + 300 (still valid; not fresh per request)', obligations: ['JWT-25'] },
  { name: 'lowercase-bearer', description: 'the scheme written "bearer" (providers must accept it: RFC 7235)', obligations: ['JWT-01'] },
] as const satisfies readonly JwtDefectInfo[];

export type JwtDefect = (typeof JWT_DEFECTS)[number]['name'];

export const JWT_DEFECT_NAMES: readonly JwtDefect[] = JWT_DEFECTS.map((defect) => defect.name);

export function isJwtDefect(name: string): name is JwtDefect {
  return (JWT_DEFECT_NAMES as readonly string[]).includes(name);
}

export function describeJwtDefect(defect: JwtDefect): JwtDefectInfo {
  return JWT_DEFECTS.find((info) => info.name === defect) as JwtDefectInfo;
}
