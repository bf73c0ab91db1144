// The admin surface is reachable only at the origin's own /_admin path, never from the FHIR base
// (dot-segments, %2e, encoded slashes, the SSP prefix), and, with a token, only by whoever holds it.
// A mock bound beyond loopback refuses to start without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { MockStartError, startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';

const BASE_PATH = '/STU3/1/careconnect/booking';
const CHAOS = JSON.stringify({ interaction: 'appointment-create', serverError: true });

/** Sends bytes exactly as written (no client normalises the path) and returns status and body. */
function rawHttp(mock: RunningMock, head: string, body = ''): Promise<{ status: number; body: string }> {
  const { port } = new URL(mock.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(`${head}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1]), body: data.slice(data.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
  });
}

function resourceTypeOf(body: string): unknown {
  return (JSON.parse(body) as { resourceType?: unknown }).resourceType;
}

async function withMock(options: Parameters<typeof startMockServer>[0], run: (mock: RunningMock) => Promise<void>): Promise<void> {
  const mock = await startMockServer({ port: 0, ...options });
  try {
    await run(mock);
  } finally {
    await mock.close();
  }
}

test('admin cannot be reached through the FHIR base path, in any spelling', () => withMock({ basePath: BASE_PATH }, async (mock) => {
  const origin = new URL(mock.baseUrl).origin;
  const added = await fetch(`${origin}/_admin/chaos`, { method: 'POST', body: CHAOS });
  assert.equal(added.status, 200);
  await added.text();
  const host = new URL(origin).host;
  const attempts = [
    `${BASE_PATH}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/_admin/reset`,
    `${BASE_PATH}/../../../../_admin/reset`,
    `${BASE_PATH}/.%2E/.%2e/%2e./%2E%2E/_admin/reset`,
    `${BASE_PATH}/..%2f..%2f..%2f..%2f_admin/reset`,
    `${BASE_PATH}/..%5C..%5C..%5C..%5C_admin/reset`,
    `/http://${host}${BASE_PATH}/../../../../_admin/reset`,
  ];
  for (const path of attempts) {
    const answer = await rawHttp(mock, `POST ${path} HTTP/1.1\r\nHost: ${host}`);
    assert.equal(answer.status, 400, `${path} → ${answer.status} ${answer.body}`);
    assert.equal(resourceTypeOf(answer.body), 'OperationOutcome', path);
  }
  assert.equal(mock.state.chaos.list().length, 1, 'no attempt reset the mock');
}));

test('with the FHIR base at the root, the SSP-prefix spelling of /_admin is not the admin surface', () => withMock({}, async (mock) => {
  const host = new URL(mock.baseUrl).host;
  const answer = await rawHttp(mock, `GET /http://${host}/_admin/state HTTP/1.1\r\nHost: ${host}`);
  assert.equal(answer.status, 404, answer.body);
  assert.equal(resourceTypeOf(answer.body), 'OperationOutcome');
  const direct = await rawHttp(mock, `GET /_admin/state HTTP/1.1\r\nHost: ${host}`);
  assert.equal(direct.status, 200);
}));

test('with an admin token, admin answers only a request that carries it', () => withMock({ adminToken: 'correct horse' }, async (mock) => {
  const origin = new URL(mock.baseUrl).origin;
  const sent: Record<string, string>[] = [{}, { 'x-admin-token': 'wrong' }, { 'x-admin-token': 'correct horsE' }, { authorization: 'Bearer correct horse' }];
  for (const headers of sent) {
    const refused = await fetch(`${origin}/_admin/reset`, { method: 'POST', headers });
    assert.equal(refused.status, 403, JSON.stringify(headers));
    const outcome = await refused.json() as { resourceType: string; issue: { diagnostics: string }[] };
    assert.equal(outcome.resourceType, 'OperationOutcome');
    assert.equal(outcome.issue[0].diagnostics, 'The admin surface of this mock needs its admin token in the X-Admin-Token header');
  }
  const allowed = await fetch(`${origin}/_admin/state`, { headers: { 'x-admin-token': 'correct horse' } });
  assert.equal(allowed.status, 200);
  await allowed.text();
  const recorded = mock.state.traffic.entries().map((e) => e.requestHeaders['x-admin-token']).filter((v) => v !== undefined);
  assert.ok(recorded.length > 0 && recorded.every((v) => v === '[redacted]'), 'the token is never recorded');
}));

test('a mock bound beyond loopback refuses to start without an admin token', async () => {
  await assert.rejects(startMockServer({ port: 0, host: '0.0.0.0' }), (error: unknown) => {
    assert.ok(error instanceof MockStartError);
    assert.equal(error.code, 'ADMIN_TOKEN_REQUIRED');
    assert.match(error.message, /^The mock is bound to 0\.0\.0\.0, beyond loopback: give it an admin token \(--admin-token or MOCK_ADMIN_TOKEN\)/);
    return true;
  });
  await withMock({ host: '0.0.0.0', adminToken: 't' }, async (mock) => assert.match(mock.baseUrl, /^http:\/\/0\.0\.0\.0:\d+$/));
});

test('npm run mock -- --host 0.0.0.0 without a token exits 2 with one line saying why', async () => {
  const child = spawn(process.execPath, ['bin/mock.ts', '--host', '0.0.0.0', '--port', '0'], { env: { ...process.env, MOCK_ADMIN_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 2);
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.match(stderr, /admin token/);
});

test('a request without Host gets a 400 OperationOutcome, not Node\'s bare 400', () => withMock({}, async (mock) => {
  const answer = await rawHttp(mock, 'GET /metadata HTTP/1.1');
  assert.equal(answer.status, 400);
  assert.equal(resourceTypeOf(answer.body), 'OperationOutcome');
}));
