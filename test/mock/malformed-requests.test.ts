// Bad input never crashes the mock and never yields a bare 500: thousands of generated malformed
// requests (tokens, query strings, headers, bodies, paths, raw HTTP) each get a 4xx with a FHIR
// OperationOutcome, and nothing already stored is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import fc from 'fast-check';
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { MockProviderState } from '../../mocks/store/mock-provider-state.ts';
import { startMockServer } from '../../mocks/server/start-mock-server.ts';
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';

const BASE = 'https://fuzz.mock.test/STU3/1/careconnect/booking';
const NOW = Date.parse('2026-11-25T07:00:00Z');
const SERVICE = '2329483525';

interface Malformed {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

function token(scope: string): string {
  return buildJwt({ audience: BASE, scope, nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
}

const SLOT_READ = token('organization/slot.read');
const WRITE = token('patient/appointment.write');
const SEARCH = `/Slot?schedule.actor%3Ahealthcareservice=${SERVICE}&status=free`;

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
const b64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')), maxLength: 60 });

// Not a JWT the provider may accept: random text, random segments, or a valid header with junk claims.
const badAuthorization = fc.oneof(
  printable,
  printable.map((s) => `Bearer ${s}`),
  fc.tuple(b64, b64, b64).map(([a, b, c]) => `Bearer ${a}.${b}.${c}`),
  fc.jsonValue({ maxDepth: 2 }).map((claims) => `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`),
  fc.constant(SLOT_READ.replace(/\.$/, '')),
  fc.constant(`Basic ${Buffer.from('user:pass').toString('base64')}`),
);

const DATE_PREFIXES = ['', 'ge', 'le', 'gt', 'lt', 'eq', 'xx', 'ne'];
const badStart = fc.tuple(fc.constantFrom(...DATE_PREFIXES), printable).map(([prefix, junk]) => `${prefix}2026-1${junk.replace(/[0-9]/g, 'x')}Q`);
const badStatus = printable.filter((s) => !/^(free|busy|busy-unavailable|busy-tentative|entered-in-error)(,(free|busy|busy-unavailable|busy-tentative|entered-in-error))*$/.test(s.trim()));

const malformed: fc.Arbitrary<Malformed> = fc.oneof(
  badAuthorization.map((authorization) => ({ method: 'GET', path: SEARCH, headers: { authorization } })),
  badStart.map((start) => ({ method: 'GET', path: `${SEARCH}&start=${encodeURIComponent(start)}`, headers: { authorization: SLOT_READ } })),
  badStatus.map((status) => ({ method: 'GET', path: `/Slot?service=${SERVICE}&status=${encodeURIComponent(status)}`, headers: { authorization: SLOT_READ } })),
  fc.constantFrom('application/pdf', 'text/turtle', 'application/fhir+xml;charset=iso-8859-1', 'image/png', 'text/html').map((accept) => ({ method: 'GET', path: SEARCH, headers: { authorization: SLOT_READ, accept } })),
  fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data').map((contentType) => ({
    method: 'POST', path: '/Appointment', headers: { authorization: WRITE, 'content-type': contentType }, body: '{}',
  })),
  printable.map((body) => ({ method: 'POST', path: '/Appointment', headers: { authorization: WRITE, 'content-type': 'application/fhir+json' }, body: `${body}{` })),
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ method: 'POST', path: '/Appointment', headers: { authorization: WRITE, 'content-type': 'application/fhir+json' }, body: JSON.stringify(value) })),
  fc.jsonValue({ maxDepth: 2 }).map((value) => ({
    method: 'PUT', path: '/Appointment/does-not-exist', headers: { authorization: WRITE, 'content-type': 'application/fhir+json', 'if-match': 'W/"1"' }, body: JSON.stringify(value),
  })),
  fc.constantFrom('DELETE', 'PATCH', 'POST', 'PUT').map((method) => ({ method, path: '/Slot', headers: { authorization: SLOT_READ } })),
  b64.map((segment) => ({ method: 'GET', path: `/Nothing${segment}/x`, headers: { authorization: SLOT_READ } })),
);

function isOperationOutcome(text: string): boolean {
  try {
    const body = JSON.parse(text) as { resourceType?: string; issue?: { severity?: string }[] };
    return body.resourceType === 'OperationOutcome' && body.issue?.[0]?.severity === 'error';
  } catch {
    return false;
  }
}

test('5,000 generated malformed requests each get a 4xx OperationOutcome, and the store is intact', async () => {
  const state = new MockProviderState({ baseUrl: BASE, nowMs: NOW });
  const handlers = createHandlers(state);
  const slotsBefore = JSON.stringify(state.store.data.slots);
  const booked = state.appointments.count();
  await fc.assert(
    fc.asyncProperty(malformed, async (req) => {
      const request = new Request(`${BASE}${req.path}`, { method: req.method, headers: req.headers, body: req.body });
      const response = await getResponse(handlers, request);
      assert.ok(response, `no response for ${req.method} ${req.path}`);
      const text = await response.text();
      assert.ok(response.status >= 400 && response.status < 500, `${req.method} ${req.path} → ${response.status} ${text.slice(0, 200)}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/fhir\+json;\s?charset=utf-8$/i);
      assert.ok(isOperationOutcome(text), `not an OperationOutcome: ${text.slice(0, 200)}`);
    }),
    { numRuns: 5_000, seed: 20261125 },
  );
  assert.equal(JSON.stringify(state.store.data.slots), slotsBefore);
  assert.equal(state.appointments.count(), booked);
});

test('a well-formed booking still succeeds after the malformed storm (the generators are not vacuous)', async () => {
  const state = new MockProviderState({ baseUrl: BASE, nowMs: NOW });
  const slot = state.store.data.slots.find((s) => s.status === 'free' && s.scheduleId === 'schedule-1' && !s.release);
  assert.ok(slot);
  const response = await getResponse(createHandlers(state), new Request(`${BASE}/Appointment`, {
    method: 'POST',
    headers: { authorization: WRITE, 'content-type': 'application/fhir+json;charset=utf-8' },
    body: JSON.stringify(buildReferenceBooking(slot)),
  }));
  assert.equal(response?.status, 201, await response?.clone().text());
});

const RAW_GARBAGE = [
  'GARBAGE\r\n\r\n',
  'GET /Slot HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'GET /Slot HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  'GET /Slot HTTP/9.9\r\nHost: x\r\n\r\n',
  'POST /Appointment HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'GET /%zz%%/Slot HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST /Appointment HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Type: application/fhir+json\r\nContent-Length: 4\r\n\r\nnope',
  'POST /Appointment HTTP/1.1\r\nHost: x\r\nContent-Encoding: br\r\nContent-Type: application/fhir+json\r\nContent-Length: 2\r\n\r\n{}',
];

function rawExchange(port: number, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(payload));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(payload)}`)));
  });
}

test('malformed HTTP on a real socket gets a 4xx OperationOutcome and the server keeps serving', async () => {
  const mock = await startMockServer({ port: 0, nowMs: NOW });
  try {
    const port = Number(new URL(mock.baseUrl).port);
    for (const payload of RAW_GARBAGE) {
      const answer = await rawExchange(port, payload);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
      assert.ok(status >= 400 && status < 500, `${JSON.stringify(payload)} → ${answer.slice(0, 120)}`);
      assert.ok(isOperationOutcome(answer.slice(answer.indexOf('\r\n\r\n') + 4).replace(/^[0-9a-f]+\r\n/, '')), `no OperationOutcome for ${JSON.stringify(payload)}: ${answer}`);
    }
    const ok = await fetch(`${mock.baseUrl}/metadata`, { headers: { authorization: buildJwt({ audience: mock.baseUrl, scope: 'organization/slot.read', nowSec: Math.floor(NOW / 1000) }).authorization ?? '' } });
    assert.equal(ok.status, 200);
  } finally {
    await mock.close();
  }
});
