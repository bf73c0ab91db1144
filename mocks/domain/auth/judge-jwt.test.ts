import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeConsumerJwt } from './judge-jwt.ts';
import type { JudgeJwtContext } from './judge-jwt.ts';
import type { Finding } from '../judge/finding.ts';
import { REFERENCE_JWT, REFERENCE_JWT_AUDIENCE, REFERENCE_JWT_CLAIMS, REFERENCE_JWT_IAT } from '../../../spec/reference-jwt.ts';

const NOW = REFERENCE_JWT_IAT;
const CTX: JudgeJwtContext = { interaction: 'slot-search', nowSec: NOW, audience: REFERENCE_JWT_AUDIENCE };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = { alg: 'none', typ: 'JWT' };
function bearer(changes: Record<string, unknown> = {}, header: object = HEADER, signature = ''): string {
  const claims: Record<string, unknown> = { ...REFERENCE_JWT_CLAIMS, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete claims[key];
  return `Bearer ${b64(header)}.${b64(claims)}.${signature}`;
}
/** Only the findings that are not a pass, as [obligation, outcome, message]. */
const deviations = (findings: Finding[]) =>
  findings.filter((f) => f.outcome !== 'pass').map((f) => [f.obligation, f.outcome, f.message]);

test('the reference token passes every consumer obligation, one finding each', () => {
  const findings = judgeConsumerJwt(`Bearer ${REFERENCE_JWT}`, { ...CTX, expectedOdsCode: 'Y0X1A' });
  assert.deepEqual(findings.map((f) => [f.obligation, f.outcome, f.message]), [
    ['JWT-01', 'pass', 'Authorization: Bearer <JWT> sent'],
    ['JWT-02', 'pass', 'header is {"alg":"none","typ":"JWT"}'],
    ['JWT-03', 'pass', 'empty signature and trailing "."'],
    ['JWT-04', 'pass', 'all mandatory claims present'],
    ['JWT-06', 'pass', 'iss is an absolute https URL'],
    ['JWT-07', 'pass', 'sub equals requesting_practitioner.id'],
    ['JWT-08', 'pass', 'aud is the provider service root URL'],
    ['JWT-10', 'pass', 'exp = iat + 300'],
    ['JWT-14', 'pass', 'reason_for_request is "directcare"'],
    ['JWT-15', 'pass', 'requested_scope is "organization/slot.read"'],
    ['JWT-17', 'pass', 'requesting_device is a minimal Device'],
    ['JWT-18', 'pass', 'requesting_organization is a minimal Organization (ODS Y0X1A)'],
    ['JWT-20', 'pass', 'requesting_practitioner is a minimal Practitioner'],
    ['JWT-25', 'pass', 'iat is within 5 s of the request'],
  ]);
});

test('a token that cannot be read yields only the JWT-01 failure', async (t) => {
  const cases: [string, string | null, string][] = [
    ['no header', null, 'no Authorization header; every request, metadata included, must carry "Bearer <JWT>"'],
    ['bare token', REFERENCE_JWT, 'the Authorization header is not of the form "Bearer <JWT>"'],
    ['Basic scheme', `Basic ${REFERENCE_JWT}`, 'the Authorization scheme is "Basic"; expected "Bearer"'],
    ['garbage', 'Bearer abc', 'the bearer token is not a JWT: the token has 1 dot-separated segment(s); a JWT has 3 (header.payload.signature)'],
    ['payload not JSON', `Bearer ${b64(HEADER)}.bm9wZQ.`, 'the bearer token is not a JWT: the JWT payload is not valid JSON'],
  ];
  for (const [name, authorization, message] of cases) {
    await t.test(name, () => assert.deepEqual(judgeConsumerJwt(authorization, CTX), [{ obligation: 'JWT-01', outcome: 'fail', message }]));
  }
});

test('each deviation is reported against its obligation with a precise message', async (t) => {
  const noPractitioner = { requesting_practitioner: undefined };
  const cases: [string, string, Partial<JudgeJwtContext>, unknown[][]][] = [
    ['lower-case scheme', bearer().replace('Bearer', 'bearer'), {},
      [['JWT-01', 'warn', 'the Authorization header should read exactly "Bearer <JWT>" (scheme case, one space)']]],
    ['typ missing (jose default)', bearer({}, { alg: 'none' }), {},
      [['JWT-02', 'fail', 'header is {"alg":"none"}; expected {"alg":"none","typ":"JWT"}']]],
    ['extra header member', bearer({}, { alg: 'none', typ: 'JWT', kid: 'k1' }), {},
      [['JWT-02', 'fail', 'header is {"alg":"none","typ":"JWT","kid":"k1"}; expected {"alg":"none","typ":"JWT"}']]],
    ['no trailing dot', bearer().slice(0, -1), {},
      [['JWT-03', 'fail', 'the token has no trailing "." (the empty signature segment was dropped)']]],
    ['signed', bearer({}, { alg: 'HS256', typ: 'JWT' }, 'c2lnbmF0dXJl'), {}, [
      ['JWT-02', 'fail', 'header is {"alg":"HS256","typ":"JWT"}; expected {"alg":"none","typ":"JWT"}'],
      ['JWT-03', 'fail', 'the signature segment is not empty (12 characters); an unsigned JWT ends with "."'],
    ]],
    ['missing aud and exp', bearer({ aud: undefined, exp: undefined }), {}, [
      ['JWT-04', 'fail', 'missing mandatory claim(s): aud, exp'],
      ['JWT-08', 'fail', `aud undefined is not the provider service root URL "${REFERENCE_JWT_AUDIENCE}"`],
      ['JWT-10', 'fail', 'iat and exp must be integer UNIX seconds; got iat 1773651600, exp undefined'],
    ]],
    ['http iss', bearer({ iss: 'http://consumer.example/' }), {},
      [['JWT-06', 'fail', 'iss must be the consumer\'s Spine endpoint as an absolute https URL; got "http://consumer.example/"']]],
    ['relative iss', bearer({ iss: 'consumer' }), {},
      [['JWT-06', 'fail', 'iss must be the consumer\'s Spine endpoint as an absolute https URL; got "consumer"']]],
    ['sub differs from practitioner id', bearer({ sub: 'u-1' }), {},
      [['JWT-07', 'fail', 'sub "u-1" differs from requesting_practitioner.id "u-48213"']]],
    ['aud with trailing slash', bearer({ aud: `${REFERENCE_JWT_AUDIENCE}/` }), {},
      [['JWT-08', 'fail', `aud "${REFERENCE_JWT_AUDIENCE}/" is not the provider service root URL "${REFERENCE_JWT_AUDIENCE}" (it differs only in scheme/host case or a trailing "/", which lenient providers accept: C-31)`]]],
    ['lifetime 600', bearer({ exp: NOW + 600 }), {}, [['JWT-10', 'fail', 'exp - iat must be exactly 300; got 600']]],
    ['string iat', bearer({ iat: String(NOW) }), {},
      [['JWT-10', 'fail', 'iat and exp must be integer UNIX seconds; got iat "1773651600", exp 1773651900']]],
    ['reason', bearer({ reason_for_request: 'DirectCare' }), {}, [['JWT-14', 'fail', 'reason_for_request is "DirectCare"; expected "directcare"']]],
    ['scope for the wrong interaction', bearer(), { interaction: 'appointment-create' },
      [['JWT-15', 'fail', 'requested_scope is "organization/slot.read"; appointment-create expects "patient/appointment.write"']]],
    ['C-32: registry search scope is only a warning', bearer({ requested_scope: 'patient/appointment.write' }), { interaction: 'appointment-search' },
      [['JWT-15', 'warn', 'requested_scope is "patient/appointment.write"; appointment-search expects "patient/appointment.read"']]],
    ['bare device', bearer({ requesting_device: { resourceType: 'Device', identifier: [{ value: 'x' }] } }), {},
      [['JWT-17', 'fail', 'requesting_device: identifier[] needs entries with a system URL and a value; model (the product name) is missing; version is missing']]],
    ['organisation without ODS code and name', bearer({ requesting_organization: { resourceType: 'Organization' } }), {},
      [['JWT-18', 'fail', 'requesting_organization: identifier[] needs system https://fhir.nhs.uk/Id/ods-organization-code with the ODS code; name is missing']]],
    ['another organisation than expected', bearer(), { expectedOdsCode: 'Y0X2B' },
      [['JWT-18', 'fail', 'requesting_organization: the ODS code is "Y0X1A", expected the requesting organisation "Y0X2B"']]],
    ['practitioner absent', bearer(noPractitioner), {}, []],
    ['JWT-21-style practitioner with only an sds-user-id', bearer({
      requesting_practitioner: { resourceType: 'Practitioner', id: 'u-48213', identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: 'UNK' }], name: [{ family: 'Whitlow' }] },
    }), {}, [['JWT-20', 'fail', 'requesting_practitioner: name[] needs family and given[]; identifier https://fhir.nhs.uk/Id/sds-role-profile-id (or "UNK") is missing; a local identifier (consumer-defined system URL and the user id) is missing']]],
    ['practitioner of the wrong type', bearer({ requesting_practitioner: { ...REFERENCE_JWT_CLAIMS.requesting_practitioner, resourceType: 'Person' } }), {},
      [['JWT-20', 'fail', 'requesting_practitioner: resourceType must be "Practitioner"']]],
    ['stale token', bearer(), { nowSec: NOW + 60 }, [['JWT-25', 'warn', 'iat is 60 s before the request; create a fresh token for each request']]],
    ['iat ahead of the request', bearer(), { nowSec: NOW - 10 }, [['JWT-25', 'warn', 'iat is 10 s after the request; create a fresh token for each request']]],
    ['token reused after expiry', bearer(), { nowSec: NOW + 300 }, [['JWT-25', 'warn', 'the token was used 0 s after its exp (reused after expiry)']]],
    ['5 s late is still fresh', bearer(), { nowSec: NOW + 5 }, []],
  ];
  for (const [name, authorization, ctx, expected] of cases) {
    await t.test(name, () => assert.deepEqual(deviations(judgeConsumerJwt(authorization, { ...CTX, ...ctx })), expected));
  }
});

test('failures carry the observed values as evidence', () => {
  const findings = judgeConsumerJwt(bearer({ exp: NOW + 600 }), CTX);
  assert.deepEqual(findings.find((f) => f.obligation === 'JWT-10'), {
    obligation: 'JWT-10', outcome: 'fail', message: 'exp - iat must be exactly 300; got 600', evidence: { iat: NOW, exp: NOW + 600 },
  });
  const absent = judgeConsumerJwt(bearer({ requesting_practitioner: undefined }), CTX);
  assert.deepEqual(absent.find((f) => f.obligation === 'JWT-20'),
    { obligation: 'JWT-20', outcome: 'pass', message: 'requesting_practitioner not sent (it is optional)' });
});
