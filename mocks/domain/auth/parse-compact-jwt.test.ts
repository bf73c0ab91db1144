import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBase64urlText, parseCompactJwt } from './parse-compact-jwt.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

test('decodeBase64urlText decodes unpadded base64url into UTF-8 and refuses anything else', () => {
  const cases: [string, string | undefined][] = [
    [b64('{"alg":"none"}'), '{"alg":"none"}'],
    [b64('Siân Ó\'Brien'), 'Siân Ó\'Brien'],
    [b64('???'), '???'],
    ['', ''],
    [`${b64('ab')}=`, undefined],
    ['Pz8/', undefined],
    ['abcde', undefined],
    [Buffer.from([0xc3, 0x28]).toString('base64url'), undefined],
  ];
  for (const [segment, expected] of cases) assert.equal(decodeBase64urlText(segment), expected, segment);
});

test('parseCompactJwt keeps the signature segment apart and tolerates a dropped trailing dot', () => {
  const h = b64('{"alg":"none"}');
  const p = b64('{"sub":"u"}');
  assert.deepEqual(parseCompactJwt(`${h}.${p}.`), { ok: true, header: { alg: 'none' }, claims: { sub: 'u' }, signature: '' });
  assert.deepEqual(parseCompactJwt(`${h}.${p}.sig`), { ok: true, header: { alg: 'none' }, claims: { sub: 'u' }, signature: 'sig' });
  assert.deepEqual(parseCompactJwt(`${h}.${p}`), { ok: true, header: { alg: 'none' }, claims: { sub: 'u' }, signature: undefined });
  assert.deepEqual(parseCompactJwt(`${h}..`), { ok: false, reason: 'the JWT payload is not valid JSON' });
  assert.deepEqual(parseCompactJwt(`${b64('"x"')}.${p}.`), { ok: false, reason: 'the JWT header is not a JSON object' });
});
