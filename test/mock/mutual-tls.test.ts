// SSP-09: the mock's mutual-TLS mode. A client with a certificate signed by the configured CA is
// served (with HSTS, HTTP-13); a client without one is refused at the handshake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '../../mocks/server/start-mock-server.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';
import { HAS_OPENSSL, makeTestPki } from '../doctor/test-certificates.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');

function get(url: string, tls: { ca: Buffer; cert?: Buffer; key?: Buffer }, authorization: string): Promise<{ status: number; hsts: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...tls, headers: { authorization } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, hsts: res.headers['strict-transport-security'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('mutual TLS: a trusted client certificate is served with HSTS; no certificate is refused', { skip: HAS_OPENSSL ? false : 'openssl is not installed' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mock-mtls-'));
  try {
    makeTestPki(dir);
    const file = (name: string) => readFileSync(join(dir, name));
    const mock = await startMockServer({ port: 0, nowMs: NOW, tls: { cert: file('server.pem'), key: file('server.key'), ca: file('ca.pem') } });
    try {
      assert.match(mock.baseUrl, /^https:\/\/127\.0\.0\.1:\d+$/);
      const authorization = buildJwt({ audience: mock.baseUrl, scope: 'organization/slot.read', nowSec: Math.floor(NOW / 1000) }).authorization ?? '';
      const served = await get(`${mock.baseUrl}/metadata`, { ca: file('ca.pem'), cert: file('client.pem'), key: file('client.key') }, authorization);
      assert.equal(served.status, 200);
      assert.equal(served.hsts, 'max-age=31536000');
      await assert.rejects(get(`${mock.baseUrl}/metadata`, { ca: file('ca.pem') }, authorization));
      await assert.rejects(get(`${mock.baseUrl}/metadata`, { ca: file('ca.pem'), cert: file('rogue.pem'), key: file('rogue.key') }, authorization));
    } finally {
      await mock.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
