import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwtForEvidence } from './decode-jwt-for-evidence.ts';
import { REFERENCE_JWT, REFERENCE_JWT_CLAIMS } from '../../spec/reference-jwt.ts';

const HEADER = { alg: 'none', typ: 'JWT' };

test('decodeJwtForEvidence reads header and claims from any readable token and never throws', () => {
  const cases: [string, unknown][] = [
    [`Bearer ${REFERENCE_JWT}`, { header: HEADER, claims: REFERENCE_JWT_CLAIMS }],
    [`Basic ${REFERENCE_JWT}`, { header: HEADER, claims: REFERENCE_JWT_CLAIMS }],
    [REFERENCE_JWT, { header: HEADER, claims: REFERENCE_JWT_CLAIMS }],
    [`Bearer ${REFERENCE_JWT.slice(0, -1)}`, { header: HEADER, claims: REFERENCE_JWT_CLAIMS }],
    [`Bearer ${REFERENCE_JWT}c2ln`, { header: HEADER, claims: REFERENCE_JWT_CLAIMS }],
    ['Bearer abc', undefined],
    ['Bearer a.b.c.d', undefined],
    ['Bearer !!!.???.', undefined],
    [`Bearer ${Buffer.from('[1]').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.`, undefined],
    ['', undefined],
  ];
  for (const [authorization, expected] of cases) assert.deepEqual(decodeJwtForEvidence(authorization), expected, authorization.slice(0, 30));
});
