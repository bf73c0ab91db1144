// The README's in-process example, kept runnable: a consumer's own Node test against the mock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockProvider } from '../mocks/create-mock-provider.ts';
import { buildJwt } from '../src/jwt/build-jwt.ts';

test('a consumer searches free slots of the Urgent Treatment Centre in-process', async () => {
  const mock = createMockProvider({ nowMs: Date.parse('2026-03-16T08:00:00Z') });
  mock.listen();
  const jwt = buildJwt({ audience: mock.baseUrl, scope: 'organization/slot.read', nowSec: mock.state.clock.nowSeconds(), odsCode: 'A1001' });
  const res = await fetch(`${mock.baseUrl}/Slot?schedule.actor:healthcareservice=2329483525&status=free`, {
    headers: { Authorization: jwt.authorization!, Accept: 'application/fhir+json' },
  });
  const bundle = await res.json();
  assert.equal(res.status, 200);
  assert.ok(bundle.total > 0);
  mock.close();
});

test('the in-process mock records what the consumer sent, as the HTTP server does', async () => {
  const mock = createMockProvider({ nowMs: Date.parse('2026-03-16T08:00:00Z') });
  mock.listen();
  try {
    const res = await fetch(`${mock.baseUrl}/Slot?service=2329483525`, { headers: { 'X-Request-ID': 'abc' } });
    assert.equal(res.status, 403);
    await res.text();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const [exchange] = mock.state.traffic.entries();
    assert.equal(exchange.status, 403);
    assert.equal(exchange.requestHeaders['x-request-id'], 'abc');
    assert.equal(exchange.rawQuery, 'service=2329483525');
  } finally {
    mock.close();
  }
});
