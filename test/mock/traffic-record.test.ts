// The traffic record over a real socket loses nothing: every request that reached the mock is on
// it with what became of its answer (sent, dropped after commit, connection reset, server error
// injected), header names as sent and every response header sent; it stays within its byte
// budget; admin reads are never recorded and the dump is streamed.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import { INTERACTION_IDS } from '../../spec/interactions.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';
import { parseHar } from '../../src/consumer/parse-har.ts';
import { mockProviderFacts } from '../../src/consumer/provider-facts-of.ts';
import { toHar } from '../../src/consumer/to-har.ts';
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
let mock: RunningMock;

function headers(scope: string): Record<string, string> {
  const authorization = buildJwt({ audience: mock.baseUrl, scope, nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
  return { Authorization: authorization, 'Content-Type': 'application/fhir+json;charset=utf-8', 'X-Request-ID': crypto.randomUUID(), 'Ssp-InteractionID': INTERACTION_IDS['appointment-create'] };
}

interface Raw { readonly status: number; readonly headers: Record<string, string | string[] | undefined>; readonly body: Buffer }

/** node:http keeps header names as given, unlike fetch; `abortAfterMs` closes the connection early. */
function raw(method: string, path: string, sent: Record<string, string> | string[], body?: string, abortAfterMs?: number): Promise<Raw | 'aborted'> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, mock.baseUrl);
    const req = httpRequest(url, { method, headers: sent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', (error) => (abortAfterMs === undefined ? reject(error) : resolve('aborted')));
    if (abortAfterMs !== undefined) setTimeout(() => req.destroy(), abortAfterMs);
    req.end(body);
  });
}

async function settled(predicate: (e: RecordedExchange) => boolean): Promise<RecordedExchange> {
  for (let i = 0; i < 200; i += 1) {
    const found = mock.state.traffic.entries().find((e) => predicate(e) && e.fate !== 'pending');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the exchange never settled');
}

const booking = (): string => JSON.stringify(buildReferenceBooking(mock.state.store.data.slots.find((s) => s.status === 'free' && !s.release && s.scheduleId === 'schedule-1') ?? assert.fail('no free slot')));

before(async () => { mock = await startMockServer({ port: 0, nowMs: NOW }); });
after(async () => { await mock.close(); });

test('a booking whose 201 is dropped after commit stays on the record, and in the HAR as status 0 with the decided answer', async () => {
  mock.state.reset();
  assert.equal(mock.state.chaos.add({ interaction: 'appointment-create', dropAfterCommit: true, times: 1 }), undefined);
  await assert.rejects(fetch(`${mock.baseUrl}/Appointment`, { method: 'POST', headers: headers('patient/appointment.write'), body: booking() }));
  const dropped = await settled((e) => e.method === 'POST');
  assert.deepEqual([dropped.fate, dropped.status, mock.state.appointments.count()], ['dropped-after-commit', 201, 1]);
  assert.match(dropped.responseBody ?? '', /"resourceType":"Appointment"/);
  const har = toHar(mock.state.traffic.entries(), mockProviderFacts(mock.state));
  const entry = har.log.entries.find((e) => e.request.method === 'POST');
  assert.deepEqual([entry?.response.status, entry?.response._fate, entry?.response._decided?.status], [0, 'dropped-after-commit', 201]);
  assert.deepEqual(parseHar(JSON.stringify(har)).exchanges, mock.state.traffic.entries());
});

test('an injected server error and a connection closed before the answer each keep their fate', async () => {
  mock.state.reset();
  mock.state.chaos.add({ interaction: 'metadata', serverError: true, times: 1 });
  assert.equal((await fetch(`${mock.baseUrl}/metadata`, { headers: headers('organization/slot.read') })).status, 500);
  assert.deepEqual([(await settled((e) => e.url === '/metadata')).fate], ['server-error-injected']);
  mock.state.chaos.add({ interaction: 'metadata', delayMs: 300, times: 1 });
  assert.equal(await raw('GET', `${mock.baseUrl}/metadata`, headers('organization/slot.read'), undefined, 50), 'aborted');
  const reset = await settled((e) => e.url === '/metadata' && e.fate !== 'server-error-injected');
  assert.deepEqual([reset.fate, reset.status], ['connection-reset', 200]);
});

test('header names are recorded as sent, and every response header sent: Content-Encoding, Content-Length, Date', async () => {
  mock.state.reset();
  const sent = headers('organization/slot.read');
  // A repeated header in another case is joined under its first spelling.
  const answer = await raw('GET', `${mock.baseUrl}/metadata`, ['Host', new URL(mock.baseUrl).host, ...Object.entries(sent).flat(), 'Accept-Encoding', 'gzip', 'X-Custom-Case', 'a', 'x-custom-case', 'b']);
  assert.ok(answer !== 'aborted');
  assert.equal(answer.headers['content-encoding'], 'gzip', JSON.stringify([answer.status, answer.headers]));
  const recorded = await settled((e) => e.url === '/metadata');
  assert.equal(recorded.requestHeaders['X-Request-ID'], sent['X-Request-ID']);
  assert.equal(recorded.requestHeaders['X-Custom-Case'], 'a, b');
  assert.equal(recorded.responseHeaders['content-encoding'], 'gzip');
  assert.equal(recorded.responseHeaders['content-length'], String(answer.body.length));
  assert.equal(recorded.responseHeaders['date'], answer.headers.date);
  assert.equal(recorded.responseBody, gunzipSync(answer.body).toString('utf8'));
  const [entry] = toHar([recorded], mockProviderFacts(mock.state)).log.entries;
  assert.ok(entry.request.headers.some((h) => h.name === 'X-Request-ID'));
  assert.deepEqual(['content-encoding', 'content-length', 'date'].map((name) => entry.response.headers.some((h) => h.name === name)), [true, true, true]);
  assert.equal(entry.response.bodySize, answer.body.length);
});

test('admin reads are never recorded and the traffic dump is streamed, plain or gzipped', async () => {
  mock.state.reset();
  await fetch(`${mock.baseUrl}/metadata`, { headers: headers('organization/slot.read') });
  const origin = new URL(mock.baseUrl).origin;
  for (let i = 0; i < 5; i += 1) await (await fetch(`${origin}/_admin/state`)).text();
  const dumps = [await raw('GET', `${origin}/_admin/traffic`, {}), await raw('GET', `${origin}/_admin/traffic`, { 'Accept-Encoding': 'gzip' })];
  for (const dump of dumps) {
    assert.ok(dump !== 'aborted');
    assert.deepEqual([dump.status, dump.headers['transfer-encoding'], dump.headers['content-length']], [200, 'chunked', undefined]);
    const text = dump.headers['content-encoding'] === 'gzip' ? gunzipSync(dump.body).toString('utf8') : dump.body.toString('utf8');
    assert.deepEqual(JSON.parse(text), mock.state.traffic.entries());
  }
  assert.deepEqual(mock.state.traffic.entries().map((e) => e.url), ['/metadata']);
});

test('the record stays within its byte budget: bodies cut past the size, oldest evicted first', async () => {
  const small = await startMockServer({ port: 0, nowMs: NOW, traffic: { maxBodyBytes: 1024, maxTotalBytes: 128 * 1024 } });
  try {
    const body = JSON.stringify({ resourceType: 'Appointment', note: 'n'.repeat(64 * 1024) });
    for (let i = 0; i < 300; i += 1) {
      const response = await fetch(`${small.baseUrl}/Appointment`, { method: 'POST', headers: headers('patient/appointment.write'), body });
      await response.text();
    }
    const { entries, bytes } = small.state.traffic.usage();
    assert.ok(bytes <= 128 * 1024, `${bytes} bytes kept`);
    assert.ok(entries > 10 && entries < 300, `${entries} exchanges kept`);
    const kept = small.state.traffic.entries();
    assert.equal(kept.at(-1)?.seq, 300);
    assert.ok(kept.every((e) => (e.requestBody?.length ?? 0) <= 1024 && e.truncated?.requestBodyBytes === Buffer.byteLength(body)));
  } finally {
    await small.close();
  }
});
