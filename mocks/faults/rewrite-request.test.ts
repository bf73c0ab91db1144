import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt } from '../domain/auth/decode-jwt.ts';
import { REFERENCE_JWT, REFERENCE_JWT_CLAIMS } from '../../spec/reference-jwt.ts';
import { bearerClaims, rewriteClaims, rewriteHeaders, rewriteQuery, unsignedJwt } from './rewrite-request.ts';

const BASE = 'https://provider.example.nhs.uk/STU3/1/careconnect/booking';

describe('rewriteQuery', () => {
  it('re-encodes the rewritten pairs, keeping an offset + as %2B and the other parts of the request', async () => {
    const request = new Request(`${BASE}/Slot?service=124459850&start=ge2026-03-16T10%3A00%3A00%2B01%3A00`, { headers: { 'X-Request-ID': 'r-1' } });
    const rewritten = rewriteQuery(request, (pairs) => [...pairs, ['status', 'free']]);
    assert.equal(rewritten.url, `${BASE}/Slot?service=124459850&start=ge2026-03-16T10%3A00%3A00%2B01%3A00&status=free`);
    assert.deepEqual([...new URL(rewritten.url).searchParams], [['service', '124459850'], ['start', 'ge2026-03-16T10:00:00+01:00'], ['status', 'free']]);
    assert.equal(rewritten.headers.get('x-request-id'), 'r-1');
    assert.equal(rewritten.method, 'GET');
  });

  it('keeps the body of a POST', async () => {
    const request = new Request(`${BASE}/Appointment?x=1`, { method: 'POST', body: '{"resourceType":"Appointment"}' });
    const rewritten = rewriteQuery(request, () => []);
    assert.equal(rewritten.url, `${BASE}/Appointment`);
    assert.equal(await rewritten.text(), '{"resourceType":"Appointment"}');
  });
});

describe('rewriteHeaders', () => {
  it('changes only the headers asked for', () => {
    const rewritten = rewriteHeaders(new Request(`${BASE}/metadata`, { headers: { Accept: 'application/pdf', 'X-Request-ID': 'r-2' } }), (h) => h.delete('accept'));
    assert.equal(rewritten.headers.get('accept'), null);
    assert.equal(rewritten.headers.get('x-request-id'), 'r-2');
  });
});

describe('rewriteClaims', () => {
  const withToken = (authorization?: string) => new Request(`${BASE}/Slot`, { headers: authorization ? { Authorization: authorization } : {} });

  it('decodes the bearer token it carries, and nothing when there is none or it is garbage', () => {
    assert.deepEqual(bearerClaims(withToken(`Bearer ${REFERENCE_JWT}`)), REFERENCE_JWT_CLAIMS);
    assert.equal(bearerClaims(withToken()), undefined);
    assert.equal(bearerClaims(withToken('Bearer abc')), undefined);
  });

  it('re-encodes changed claims as an unsigned token the provider decodes', () => {
    const rewritten = rewriteClaims(withToken(`Bearer ${REFERENCE_JWT}`), (claims) => ({ ...claims, aud: BASE }));
    const decoded = decodeJwt(rewritten.headers.get('authorization'));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.token.claims, { ...REFERENCE_JWT_CLAIMS, aud: BASE });
  });

  it('leaves the request alone when the change returns undefined', () => {
    const request = withToken('Bearer abc');
    assert.equal(rewriteClaims(request, () => undefined), request);
  });

  it('writes the unsigned form of the catalogue: header.payload. with alg none', () => {
    assert.equal(unsignedJwt(REFERENCE_JWT_CLAIMS), REFERENCE_JWT);
  });
});
