import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt } from './decode-jwt.ts';
import { REFERENCE_JWT, REFERENCE_JWT_CLAIMS, REFERENCE_JWT_HEADER } from '../../../spec/reference-jwt.ts';

const b64 = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const CLAIMS = b64({ sub: 'u-1' });
const NONE = b64({ alg: 'none', typ: 'JWT' });

test('the reference token of the catalogue decodes to the reference header and claims', () => {
  const result = decodeJwt(`Bearer ${REFERENCE_JWT}`);
  assert.deepEqual(result, {
    ok: true,
    token: { header: REFERENCE_JWT_HEADER, claims: REFERENCE_JWT_CLAIMS, signed: false },
  });
});

test('the scheme name is case-insensitive (RFC 7235) and surrounding whitespace is ignored', () => {
  for (const authorization of [`bearer ${NONE}.${CLAIMS}.`, `  Bearer   ${NONE}.${CLAIMS}.  `]) {
    assert.deepEqual(decodeJwt(authorization), {
      ok: true, token: { header: { alg: 'none', typ: 'JWT' }, claims: { sub: 'u-1' }, signed: false },
    });
  }
});

test('refusals carry the problem code and say exactly what is wrong', async (t) => {
  const cases: [string, string | null, string, string][] = [
    ['no header', null, 'AUTH_MISSING',
      'No Authorization header: every request must carry `Authorization: Bearer <JWT>` (JWT-01)'],
    ['empty header', '  ', 'AUTH_MISSING', 'The Authorization header is empty; expected `Bearer <JWT>` (JWT-01)'],
    ['Basic scheme', `Basic ${NONE}.${CLAIMS}.`, 'AUTH_MALFORMED', 'The Authorization scheme is "Basic"; expected "Bearer" (JWT-01)'],
    ['bare token', `${NONE}.${CLAIMS}.`, 'AUTH_MALFORMED',
      'The Authorization scheme is "eyJhbGciOiJub25lIiwi"; expected "Bearer" (JWT-01)'],
    ['no token', 'Bearer', 'AUTH_MALFORMED', 'The Authorization header carries no token after "Bearer" (JWT-01)'],
    ['two tokens', `Bearer ${NONE}. ${CLAIMS}.`, 'AUTH_MALFORMED',
      'The bearer token contains whitespace; expected one compact JWT (JWT-01)'],
    ['garbage', 'Bearer abc', 'AUTH_MALFORMED',
      'Malformed JWT: the token has 1 dot-separated segment(s); a JWT has 3 (header.payload.signature) (JWT-05)'],
    ['four segments', `Bearer ${NONE}.${CLAIMS}.x.y`, 'AUTH_MALFORMED',
      'Malformed JWT: the token has 4 dot-separated segment(s); a JWT has 3 (header.payload.signature) (JWT-05)'],
    ['no trailing dot', `Bearer ${NONE}.${CLAIMS}`, 'AUTH_MALFORMED',
      'Malformed JWT: the token has 2 dot-separated segments; an unsigned JWT ends with "." after the payload (JWT-03)'],
    ['padded base64', `Bearer ${NONE}=.${CLAIMS}.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT header is not valid base64url-encoded UTF-8 (JWT-05)'],
    ['standard base64 alphabet', `Bearer ${NONE}.${b64('{"a":"???"}').replaceAll('_', '/')}.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT payload is not valid base64url-encoded UTF-8 (JWT-05)'],
    ['impossible length', `Bearer ${NONE}.abcde.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT payload is not valid base64url-encoded UTF-8 (JWT-05)'],
    ['invalid UTF-8', `Bearer ${NONE}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT payload is not valid base64url-encoded UTF-8 (JWT-05)'],
    ['header not JSON', `Bearer ${b64('alg=none')}.${CLAIMS}.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT header is not valid JSON (JWT-05)'],
    ['payload an array', `Bearer ${NONE}.${b64([1])}.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT payload is not a JSON object (JWT-05)'],
    ['payload null', `Bearer ${NONE}.${b64('null')}.`, 'AUTH_MALFORMED',
      'Malformed JWT: the JWT payload is not a JSON object (JWT-05)'],
    ['typ missing (what jose emits)', `Bearer ${b64({ alg: 'none' })}.${CLAIMS}.`, 'AUTH_MALFORMED',
      'The JWT header typ is undefined; expected {"alg":"none","typ":"JWT"} (JWT-02)'],
    ['typ lower case', `Bearer ${b64({ alg: 'none', typ: 'jwt' })}.${CLAIMS}.`, 'AUTH_MALFORMED',
      'The JWT header typ is "jwt"; expected {"alg":"none","typ":"JWT"} (JWT-02)'],
    ['alg none with a signature', `Bearer ${NONE}.${CLAIMS}.c2ln`, 'AUTH_MALFORMED',
      'The JWT header says alg "none" but the signature segment is not empty; an unsigned JWT ends with "." (JWT-03)'],
    ['alg missing', `Bearer ${b64({ typ: 'JWT' })}.${CLAIMS}.`, 'AUTH_MALFORMED',
      'The JWT header alg is undefined; expected {"alg":"none","typ":"JWT"} (JWT-02)'],
    ['alg None', `Bearer ${b64({ alg: 'None', typ: 'JWT' })}.${CLAIMS}.`, 'AUTH_MALFORMED',
      'The JWT header alg is "None"; this provider accepts only unsigned tokens with {"alg":"none","typ":"JWT"} (JWT-02, C-29)'],
    ['signed HS256', `Bearer ${b64({ alg: 'HS256', typ: 'JWT' })}.${CLAIMS}.c2ln`, 'AUTH_MALFORMED',
      'The JWT header alg is "HS256"; this provider accepts only unsigned tokens with {"alg":"none","typ":"JWT"} (JWT-02, C-29)'],
  ];
  for (const [name, authorization, code, diagnostics] of cases) {
    await t.test(name, () => assert.deepEqual(decodeJwt(authorization), { ok: false, problem: { code, diagnostics } }));
  }
});

test('C-29: acceptSignedJws lets a signed JWS through unverified, but not an alg without a signature', () => {
  const lenient = { acceptSignedJws: true };
  assert.deepEqual(decodeJwt(`Bearer ${b64({ alg: 'RS256' })}.${CLAIMS}.c2ln`, lenient), {
    ok: true, token: { header: { alg: 'RS256' }, claims: { sub: 'u-1' }, signed: true },
  });
  assert.deepEqual(decodeJwt(`Bearer ${b64({ alg: 'HS256', typ: 'JWT' })}.${CLAIMS}.`, lenient), {
    ok: false,
    problem: { code: 'AUTH_MALFORMED', diagnostics: 'The JWT header alg is "HS256" but the signature segment is empty (JWT-03)' },
  });
  assert.deepEqual(decodeJwt(`Bearer ${b64({ alg: 'HS256' })}.${CLAIMS}.a+b`, lenient), {
    ok: false,
    problem: { code: 'AUTH_MALFORMED', diagnostics: 'The JWT header alg is "HS256" but the signature segment is not base64url (JWT-03)' },
  });
  // Unsigned tokens stay accepted in lenient mode.
  assert.equal(decodeJwt(`Bearer ${REFERENCE_JWT}`, lenient).ok, true);
});

test('diagnostics never quote the token', () => {
  const secretish = b64({ sub: 'TOKEN-BODY-MARKER' });
  for (const authorization of [`Bearer ${NONE}.${secretish}`, `Bearer ${NONE}.${secretish}.sig`, `Token ${NONE}.${secretish}.`]) {
    const result = decodeJwt(authorization);
    assert.equal(result.ok, false);
    if (!result.ok) assert.ok(!result.problem.diagnostics.includes(secretish), result.problem.diagnostics);
  }
});
