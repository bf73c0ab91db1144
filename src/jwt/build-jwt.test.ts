import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jwtVerify } from 'jose';
import { buildJwt, HS256_TEST_SECRET } from './build-jwt.ts';
import type { BuildJwtOptions } from './build-jwt.ts';
import { REFERENCE_JWT, REFERENCE_JWT_AUDIENCE, REFERENCE_JWT_CLAIMS, REFERENCE_JWT_IAT } from '../../spec/reference-jwt.ts';

const NOW = REFERENCE_JWT_IAT;
const BASE: BuildJwtOptions = { audience: REFERENCE_JWT_AUDIENCE, scope: 'organization/slot.read', nowSec: NOW };
const tokenOf = (authorization: string | undefined) => (authorization ?? '').replace(/^\S+ /, '');

test('the defaults at the reference instant serialise to the reference token of the catalogue, byte for byte', () => {
  const built = buildJwt(BASE);
  assert.equal(built.authorization, `Bearer ${REFERENCE_JWT}`);
  assert.deepEqual(built.header, { alg: 'none', typ: 'JWT' });
  assert.deepEqual(built.claims, REFERENCE_JWT_CLAIMS);
});

test('options set the organisation, the device ASID and the practitioner variant', () => {
  const built = buildJwt({ ...BASE, scope: 'patient/appointment.write', odsCode: 'Y0X2B', orgName: 'Eastmoor Clinical Assessment Service', asid: '928374650022', practitioner: 'sds-user-id-only' });
  assert.equal(built.claims.requested_scope, 'patient/appointment.write');
  assert.deepEqual(built.claims.requesting_organization, {
    resourceType: 'Organization',
    identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y0X2B' }],
    name: 'Eastmoor Clinical Assessment Service',
  });
  assert.deepEqual((built.claims.requesting_device as { identifier: unknown }).identifier, [
    { system: 'https://northfield-systems.example.com/Id/device-identifier', value: 'NF111-WS-0042' },
    { system: 'https://fhir.nhs.uk/Id/accredited-system', value: '928374650022' },
  ]);
  assert.deepEqual(built.claims.requesting_practitioner, {
    resourceType: 'Practitioner',
    id: 'u-48213',
    identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '687219043311' }],
    name: [{ family: 'Whitlow', given: ['Marcus'], prefix: ['Mr'] }],
  });
  assert.equal('requesting_practitioner' in buildJwt({ ...BASE, practitioner: 'absent' }).claims, false);
});

test('building never shares mutable state with the reference claims', () => {
  const built = buildJwt(BASE);
  (built.claims.requesting_organization as { name: string }).name = 'changed';
  (built.claims.requesting_practitioner as { identifier: { value: string }[] }).identifier[0].value = 'changed';
  assert.equal(REFERENCE_JWT_CLAIMS.requesting_practitioner.identifier[0].value, '687219043311');
  assert.equal(buildJwt(BASE).authorization, `Bearer ${REFERENCE_JWT}`);
});

test('time defects: HB-05 boundaries and iat in the future', () => {
  const cases: [BuildJwtOptions['defect'], number, number][] = [
    ['none', NOW, NOW + 300],
    ['expired', NOW - 301, NOW - 1],
    ['expires-now', NOW - 300, NOW],
    ['iat-in-future', NOW + 120, NOW + 420],
    ['stale-iat', NOW - 60, NOW + 240],
    ['lifetime-600', NOW, NOW + 600],
    ['exp-not-integer', NOW, NOW + 300.5],
  ];
  for (const [defect, iat, exp] of cases) {
    const { claims } = buildJwt({ ...BASE, defect });
    assert.deepEqual([claims.iat, claims.exp], [iat, exp], defect);
  }
});

test('the Authorization header forms', () => {
  const dot = `Bearer ${REFERENCE_JWT}`;
  assert.equal(buildJwt({ ...BASE, defect: 'missing-authorization' }).authorization, undefined);
  assert.deepEqual(buildJwt({ ...BASE, defect: 'missing-authorization' }).claims, {});
  assert.equal(buildJwt({ ...BASE, defect: 'garbage-token' }).authorization, 'Bearer abc');
  assert.equal(buildJwt({ ...BASE, defect: 'not-bearer' }).authorization, `Basic ${REFERENCE_JWT}`);
  assert.equal(buildJwt({ ...BASE, defect: 'lowercase-bearer' }).authorization, `bearer ${REFERENCE_JWT}`);
  assert.equal(buildJwt({ ...BASE, defect: 'no-trailing-dot' }).authorization, dot.slice(0, -1));
  assert.equal(buildJwt({ ...BASE, defect: 'signature-present' }).authorization, `${dot}bm90LWEtc2lnbmF0dXJl`);
  assert.equal(buildJwt({ ...BASE, defect: 'missing-typ' }).authorization?.split('.')[0], 'Bearer eyJhbGciOiJub25lIn0');
  assert.equal(buildJwt({ ...BASE, defect: 'alg-hs256-unsigned' }).authorization?.endsWith('.'), true);
});

test('signed-hs256 is a genuine HS256 JWS over the same claims (jose verifies it)', async () => {
  const built = buildJwt({ ...BASE, defect: 'signed-hs256' });
  assert.deepEqual(built.header, { alg: 'HS256', typ: 'JWT' });
  const verified = await jwtVerify(tokenOf(built.authorization), new TextEncoder().encode(HS256_TEST_SECRET), {
    currentDate: new Date((NOW + 1) * 1000),
    audience: REFERENCE_JWT_AUDIENCE,
  });
  assert.deepEqual(verified.protectedHeader, { alg: 'HS256', typ: 'JWT' });
  assert.deepEqual(verified.payload, REFERENCE_JWT_CLAIMS);
});

test('claim defects change exactly one thing', () => {
  const cases: [BuildJwtOptions, Record<string, unknown>][] = [
    [{ ...BASE, defect: 'missing-aud' }, { aud: undefined }],
    [{ ...BASE, defect: 'wrong-aud' }, { aud: 'https://not-this-provider.example/STU3/1' }],
    [{ ...BASE, defect: 'aud-trailing-slash' }, { aud: `${REFERENCE_JWT_AUDIENCE}/` }],
    [{ ...BASE, defect: 'aud-with-ssp-prefix' }, { aud: `https://ssp.example.nhs.uk/${REFERENCE_JWT_AUDIENCE}` }],
    [{ ...BASE, defect: 'wrong-scope' }, { requested_scope: 'patient/appointment.read' }],
    [{ ...BASE, scope: 'patient/appointment.read', defect: 'wrong-scope' }, { requested_scope: 'organization/slot.read' }],
    [{ ...BASE, defect: 'wrong-reason' }, { reason_for_request: 'secondaryuses' }],
    [{ ...BASE, defect: 'iat-as-string' }, { iat: String(NOW) }],
    [{ ...BASE, defect: 'sub-not-practitioner-id' }, { sub: 'u-48213-other' }],
    [{ ...BASE, defect: 'http-iss' }, { iss: 'http://consumer.northfield111.example.nhs.uk/' }],
    [{ ...BASE, defect: 'org-without-ods-code' }, { requesting_organization: { resourceType: 'Organization', name: 'Northfield 111 Service' } }],
    [{ ...BASE, defect: 'device-not-device' }, { requesting_device: { ...REFERENCE_JWT_CLAIMS.requesting_device, resourceType: 'Organization' } }],
    [{ ...BASE, practitioner: 'absent', defect: 'practitioner-not-practitioner' },
      { requesting_practitioner: { ...REFERENCE_JWT_CLAIMS.requesting_practitioner, resourceType: 'Person' } }],
  ];
  for (const [options, change] of cases) {
    const expected: Record<string, unknown> = { ...REFERENCE_JWT_CLAIMS, requested_scope: options.scope, ...change };
    for (const [claim, value] of Object.entries(change)) if (value === undefined) delete expected[claim];
    assert.deepEqual(buildJwt(options).claims, expected, options.defect);
  }
});

test('overrides come last and undefined removes a claim', () => {
  const built = buildJwt({ ...BASE, defect: 'expired', overrides: { exp: NOW + 10, sub: undefined, extra: 'x' } });
  assert.equal(built.claims.exp, NOW + 10);
  assert.equal(built.claims.iat, NOW - 301);
  assert.equal('sub' in built.claims, false);
  assert.equal(built.claims.extra, 'x');
  assert.equal(buildJwt({ ...BASE, defect: 'garbage-token', overrides: { sub: 'x' } }).authorization, 'Bearer abc');
});
