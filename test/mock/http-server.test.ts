// The mock over a real socket: the CLI's first line and clean stop, gzip both ways, the SSP-style
// prefix, integrity headers, the admin surface and the explain facility.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
let mock: RunningMock;

function auth(scope: string, odsCode = 'A1001'): string {
  return buildJwt({ audience: mock.baseUrl, scope, nowSec: Math.floor(NOW / 1000), odsCode }).authorization ?? '';
}

function raw(path: string, headers: Record<string, string>, body?: Buffer, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${new URL(mock.baseUrl).origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

before(async () => { mock = await startMockServer({ port: 0, nowMs: NOW }); });
after(async () => { await mock.close(); });

test('npm run mock prints exactly "Mock provider listening at <base>" first and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, ['bin/mock.ts'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const [first] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value as string]);
  assert.match(first, /^Mock provider listening at http:\/\/127\.0\.0\.1:\d+$/);
  const base = first.replace('Mock provider listening at ', '');
  const res = await fetch(`${base}/metadata`);
  assert.equal(res.status, 403);
  await res.text();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
});

test('HTTP-08: gzip is sent when asked for, and a gzipped booking body is accepted', async () => {
  const search = await raw('/Slot?service=124459850&status=free', { authorization: auth('organization/slot.read'), 'accept-encoding': 'gzip' });
  assert.equal(search.status, 200);
  assert.equal(search.headers['content-encoding'], 'gzip');
  const slot = mock.state.store.data.slots.find((s) => s.status === 'free' && !s.release && s.scheduleId === 'schedule-1');
  assert.ok(slot);
  const booking = gzipSync(Buffer.from(JSON.stringify(buildReferenceBooking(slot))));
  const created = await raw('/Appointment', {
    authorization: auth('patient/appointment.write'), 'content-type': 'application/fhir+json;charset=utf-8', 'content-encoding': 'gzip', 'x-request-id': crypto.randomUUID(),
  }, booking, 'POST');
  assert.equal(created.status, 201, created.body.toString());
});

test('SSP-06: the same answer through an SSP-style prefix as directly', async () => {
  const direct = await raw('/metadata', { authorization: auth('organization/slot.read') });
  const viaPrefix = await raw(`/${mock.baseUrl}/metadata`, { authorization: auth('organization/slot.read') });
  assert.equal(direct.status, 200);
  assert.equal(viaPrefix.status, 200);
  assert.equal(JSON.parse(viaPrefix.body.toString()).resourceType, 'CapabilityStatement');
});

test('XTI-03/04, HTTP-10: integrity and caching headers on success and on errors', async () => {
  const res = await raw('/NoSuchThing', { 'x-request-id': 'consumer-id-1' });
  assert.equal(res.status, 404);
  assert.equal(res.headers['cache-control'], 'no-store');
  assert.equal(res.headers['x-correlation-id'], 'consumer-id-1');
  assert.match(String(res.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  assert.equal(JSON.parse(res.body.toString()).resourceType, 'OperationOutcome');
});

test('explain says which rule withheld a slot from B2002', async () => {
  const res = await raw('/_admin/explain?service=0123944122', { authorization: auth('organization/slot.read', 'B2002') });
  assert.equal(res.status, 200);
  const explanation = JSON.parse(res.body.toString()) as { slots: { slotId: string; verdict: string }[] };
  const schedule3 = explanation.slots.filter((s) => s.slotId.startsWith('s3-'));
  assert.ok(schedule3.length > 0);
  assert.ok(schedule3.every((s) => s.verdict === 'not-released-to-organisation'), JSON.stringify(schedule3[0]));
});

test('admin: a bad clock command is refused with an OperationOutcome and changes nothing', async () => {
  const before = mock.state.clock.state();
  const res = await raw('/_admin/clock', { 'content-type': 'application/json' }, Buffer.from('{"freeze":"tomorrow"}'), 'POST');
  assert.equal(res.status, 400);
  assert.equal(JSON.parse(res.body.toString()).resourceType, 'OperationOutcome');
  assert.deepEqual(mock.state.clock.state(), before);
});
