import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJwtClaims } from './check-jwt-claims.ts';
import type { JwtClaimsContext } from './check-jwt-claims.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import { strictProviderConfig } from '../provider-config.ts';
import type { ProviderConfig } from '../provider-config.ts';
import { REFERENCE_JWT_AUDIENCE, REFERENCE_JWT_CLAIMS, REFERENCE_JWT_IAT } from '../../../spec/reference-jwt.ts';

const NOW = REFERENCE_JWT_IAT;
const ctx = (over: Partial<JwtClaimsContext> = {}, config: Partial<ProviderConfig> = {}): JwtClaimsContext => ({
  interaction: 'slot-search',
  nowSec: NOW,
  audience: REFERENCE_JWT_AUDIENCE,
  config: { ...strictProviderConfig, ...config },
  ...over,
});
const token = (changes: Record<string, unknown> = {}) => {
  const claims: Record<string, unknown> = { ...REFERENCE_JWT_CLAIMS, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete claims[key];
  return { header: { alg: 'none', typ: 'JWT' }, claims, signed: false };
};
const refused = (code: string, diagnostics: string) => ({ ok: false, problem: { code, diagnostics } });

test('the reference token names its consumer and reports its lifetime', () => {
  assert.deepEqual(checkJwtClaims(token(), ctx()), {
    ok: true,
    consumer: {
      odsCode: 'Y0X1A',
      orgName: 'Northfield 111 Service',
      sub: 'u-48213',
      practitionerId: 'u-48213',
      iss: 'https://consumer.northfield111.example.nhs.uk/',
      scope: 'organization/slot.read',
      lifetimeSeconds: 300,
    },
  });
});

test('JWT-04/05: a missing or mistyped mandatory claim is AUTH_CLAIM naming the claim', async (t) => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['no iss', { iss: undefined }, 'The JWT has no iss claim (JWT-04, JWT-05)'],
    ['no sub', { sub: undefined }, 'The JWT has no sub claim (JWT-04, JWT-05)'],
    ['no aud', { aud: undefined }, 'The JWT has no aud claim (JWT-04, JWT-05)'],
    ['no exp', { exp: undefined }, 'The JWT has no exp claim (JWT-04, JWT-05)'],
    ['no iat', { iat: undefined }, 'The JWT has no iat claim (JWT-04, JWT-05)'],
    ['no reason_for_request', { reason_for_request: undefined }, 'The JWT has no reason_for_request claim (JWT-04, JWT-05)'],
    ['no requested_scope', { requested_scope: undefined }, 'The JWT has no requested_scope claim (JWT-04, JWT-05)'],
    ['no requesting_device', { requesting_device: undefined }, 'The JWT has no requesting_device claim (JWT-04, JWT-05)'],
    ['no requesting_organization', { requesting_organization: undefined }, 'The JWT has no requesting_organization claim (JWT-04, JWT-05)'],
    ['empty sub', { sub: ' ' }, 'The JWT sub claim must be a non-empty string; got " " (JWT-05)'],
    ['aud as array', { aud: [REFERENCE_JWT_AUDIENCE] }, 'The JWT aud claim must be a non-empty string; got ["https://provider.example.nhs.uk/STU... (JWT-05)'],
    ['exp as string', { exp: '1773651900' }, 'The JWT exp claim must be an integer number of seconds; got "1773651900" (JWT-05)'],
    ['iat fractional', { iat: 1773651600.5 }, 'The JWT iat claim must be an integer number of seconds; got 1773651600.5 (JWT-05)'],
    ['device of the wrong type', { requesting_device: { resourceType: 'Organization' } },
      'The JWT requesting_device claim must be a Device resource (resourceType "Device"); got {"resourceType":"Organization"} (JWT-05)'],
    ['organisation as a string', { requesting_organization: 'Y0X1A' },
      'The JWT requesting_organization claim must be an Organization resource (resourceType "Organization"); got "Y0X1A" (JWT-05)'],
    ['organisation without an ODS code', { requesting_organization: { resourceType: 'Organization', name: 'X' } },
      'The JWT requesting_organization claim must be an Organization with an identifier of system https://fhir.nhs.uk/Id/ods-organization-code; got {"resourceType":"Organization","name"... (JWT-05)'],
    ['practitioner of the wrong type', { requesting_practitioner: { resourceType: 'Person' } },
      'The JWT requesting_practitioner claim must be a Practitioner resource when present; got {"resourceType":"Person"} (JWT-20)'],
    ['practitioner null', { requesting_practitioner: null },
      'The JWT requesting_practitioner claim must be a Practitioner resource when present; got null (JWT-20)'],
    ['JWT-14 reason', { reason_for_request: 'secondaryuses' }, 'The JWT reason_for_request is "secondaryuses"; expected "directcare" (JWT-14)'],
  ];
  for (const [name, changes, diagnostics] of cases) {
    await t.test(name, () => assert.deepEqual(checkJwtClaims(token(changes), ctx()), refused('AUTH_CLAIM', diagnostics)));
  }
});

test('JWT-19/21: the practitioner is optional and tolerated with only an sds-user-id', () => {
  const absent = checkJwtClaims(token({ requesting_practitioner: undefined }), ctx());
  assert.deepEqual(absent.ok && absent.consumer.practitionerId, undefined);
  assert.equal(absent.ok, true);
  const minimal = checkJwtClaims(token({
    requesting_practitioner: { resourceType: 'Practitioner', id: 'u-1', identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: 'UNK' }] },
  }), ctx());
  assert.deepEqual(minimal.ok && minimal.consumer.practitionerId, 'u-1');
});

test('JWT-09 / C-31: aud must be the service root URL, exactly unless audNormalise', async (t) => {
  const strictMsg = (aud: string) =>
    `The JWT aud "${aud}" is not this provider's service root URL "${REFERENCE_JWT_AUDIENCE}" (JWT-09)`;
  const cases: [string, boolean, 'ok' | string][] = [
    ['https://not-this-provider.example/STU3/1', false, strictMsg('https://not-this-provider.example/STU3/1')],
    [`${REFERENCE_JWT_AUDIENCE}/`, false, strictMsg(`${REFERENCE_JWT_AUDIENCE}/`)],
    ['HTTPS://Provider.Example.NHS.uk/STU3/1/careconnect/booking', false, strictMsg('HTTPS://Provider.Example.NHS.uk/STU3/1/careconnect/booking')],
    [`${REFERENCE_JWT_AUDIENCE}/`, true, 'ok'],
    ['HTTPS://Provider.Example.NHS.uk/STU3/1/careconnect/booking/', true, 'ok'],
    ['https://provider.example.nhs.uk/stu3/1/careconnect/booking', true,
      `The JWT aud "https://provider.example.nhs.uk/stu3/1/careconnect/booking" is not this provider's service root URL "${REFERENCE_JWT_AUDIENCE}" (compared ignoring case in scheme and host and one trailing "/", C-31) (JWT-09)`],
    [`${REFERENCE_JWT_AUDIENCE}//`, true,
      `The JWT aud "${REFERENCE_JWT_AUDIENCE}//" is not this provider's service root URL "${REFERENCE_JWT_AUDIENCE}" (compared ignoring case in scheme and host and one trailing "/", C-31) (JWT-09)`],
    [`https://ssp.example.nhs.uk/${REFERENCE_JWT_AUDIENCE}`, true,
      `The JWT aud "https://ssp.example.nhs.uk/${REFERENCE_JWT_AUDIENCE}" is not this provider's service root URL "${REFERENCE_JWT_AUDIENCE}" (compared ignoring case in scheme and host and one trailing "/", C-31) (JWT-09)`],
  ];
  for (const [aud, audNormalise, expected] of cases) {
    await t.test(`${aud} (audNormalise ${audNormalise})`, () => {
      const result = checkJwtClaims(token({ aud }), ctx({}, { audNormalise }));
      if (expected === 'ok') assert.equal(result.ok, true);
      else assert.deepEqual(result, refused('AUTH_AUDIENCE', expected));
    });
  }
});

test('HB-05 / JWT-11 / JWT-12: expiry on and after exp, iat in the future, with the skew allowance', async (t) => {
  const exp = (offset: number) => ({ iat: NOW + offset - 300, exp: NOW + offset });
  const cases: [string, Record<string, unknown>, number, 'ok' | [string, string]][] = [
    ['exp = now-1', exp(-1), 0, ['AUTH_EXPIRED', `The JWT has expired: now ${NOW} is on or after exp ${NOW - 1} (JWT-11)`]],
    ['exp = now', exp(0), 0, ['AUTH_EXPIRED', `The JWT has expired: now ${NOW} is on or after exp ${NOW} (JWT-11)`]],
    ['exp = now+1', exp(1), 0, 'ok'],
    ['exp = now+2', exp(2), 0, 'ok'],
    ['exp = now-1, skew 30', exp(-1), 30, 'ok'],
    ['exp = now-30, skew 30', exp(-30), 30,
      ['AUTH_EXPIRED', `The JWT has expired: now ${NOW} is on or after exp ${NOW - 30} plus the 30 s clock-skew allowance (JWT-11)`]],
    ['iat = now+1', { iat: NOW + 1, exp: NOW + 301 }, 0,
      ['AUTH_NOT_YET_VALID', `The JWT was issued in the future: iat ${NOW + 1} is after now ${NOW} (JWT-12)`]],
    ['iat = now+120', { iat: NOW + 120, exp: NOW + 420 }, 0,
      ['AUTH_NOT_YET_VALID', `The JWT was issued in the future: iat ${NOW + 120} is after now ${NOW} (JWT-12)`]],
    ['iat = now+120, skew 30', { iat: NOW + 120, exp: NOW + 420 }, 30,
      ['AUTH_NOT_YET_VALID', `The JWT was issued in the future: iat ${NOW + 120} is after now ${NOW} plus the 30 s clock-skew allowance (JWT-12)`]],
    ['iat = now+30, skew 30', { iat: NOW + 30, exp: NOW + 330 }, 30, 'ok'],
    // The provider does not enforce JWT-10's 300 s lifetime.
    ['lifetime 3600', { iat: NOW - 10, exp: NOW + 3590 }, 0, 'ok'],
  ];
  for (const [name, changes, clockSkewSeconds, expected] of cases) {
    await t.test(name, () => {
      const result = checkJwtClaims(token(changes), ctx({}, { clockSkewSeconds }));
      if (expected === 'ok') assert.equal(result.ok, true);
      else assert.deepEqual(result, refused(...expected));
    });
  }
  const long = checkJwtClaims(token({ iat: NOW - 10, exp: NOW + 3590 }), ctx());
  assert.equal(long.ok && long.consumer.lifetimeSeconds, 3600);
});

test('JWT-16 / C-32: requested_scope must fit the interaction', async (t) => {
  const cases: [Interaction, string, boolean, 'ok' | string][] = [
    ['metadata', 'organization/slot.read', false, 'ok'],
    ['slot-search', 'patient/appointment.read', false,
      'The JWT requested_scope is "patient/appointment.read"; slot-search needs "organization/slot.read" (JWT-16)'],
    ['appointment-create', 'patient/appointment.write', false, 'ok'],
    ['appointment-create', 'patient/appointment.read', false,
      'The JWT requested_scope is "patient/appointment.read"; appointment-create needs "patient/appointment.write" (JWT-16)'],
    ['appointment-update', 'patient/appointment.write', false, 'ok'],
    ['appointment-read', 'patient/appointment.read', false, 'ok'],
    ['appointment-read', 'patient/appointment.write', false,
      'The JWT requested_scope is "patient/appointment.write"; appointment-read needs "patient/appointment.read" (JWT-16)'],
    ['appointment-read', 'patient/appointment.write', true, 'ok'],
    ['appointment-search', 'patient/appointment.write', true, 'ok'],
    ['appointment-read', 'organization/slot.read', true,
      'The JWT requested_scope is "organization/slot.read"; appointment-read needs "patient/appointment.read" or "patient/appointment.write" (JWT-16)'],
    ['appointment-update', 'patient/appointment.read', true,
      'The JWT requested_scope is "patient/appointment.read"; appointment-update needs "patient/appointment.write" (JWT-16)'],
    ['slot-search', 'patient/*.read', false,
      'The JWT requested_scope is "patient/*.read"; slot-search needs "organization/slot.read" (JWT-16)'],
  ];
  for (const [interaction, scope, writeImpliesRead, expected] of cases) {
    await t.test(`${interaction} with ${scope} (writeImpliesRead ${writeImpliesRead})`, () => {
      const result = checkJwtClaims(token({ requested_scope: scope }), ctx({ interaction }, { writeImpliesRead }));
      if (expected === 'ok') assert.equal(result.ok && result.consumer.scope, scope);
      else assert.deepEqual(result, refused('AUTH_SCOPE', expected));
    });
  }
});
