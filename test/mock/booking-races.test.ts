// Race safety over a real socket: concurrent bookings of one slot, concurrent retries of one
// X-Request-ID, and a cancel racing a stale update — each has exactly one winner.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import type { SlotRecord } from '../../mocks/domain/types.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
let mock: RunningMock;

function headers(scope: string, requestId: string = crypto.randomUUID()): Record<string, string> {
  const authorization = buildJwt({ audience: mock.baseUrl, scope, nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
  return { authorization, 'content-type': 'application/fhir+json;charset=utf-8', 'x-request-id': requestId };
}

function freeSlots(count: number): SlotRecord[] {
  const slots = mock.state.store.data.slots.filter((s) => s.status === 'free' && !s.release && s.scheduleId === 'schedule-1');
  assert.ok(slots.length >= count);
  return slots.slice(0, count);
}

function post(slot: SlotRecord, requestId?: string): Promise<Response> {
  return fetch(`${mock.baseUrl}/Appointment`, { method: 'POST', headers: headers('patient/appointment.write', requestId), body: JSON.stringify(buildReferenceBooking(slot)) });
}

async function statuses(responses: Promise<Response>[]): Promise<number[]> {
  return Promise.all(responses.map(async (p) => { const r = await p; await r.text(); return r.status; }));
}

const count = (list: number[], status: number) => list.filter((s) => s === status).length;

before(async () => { mock = await startMockServer({ port: 0, nowMs: NOW }); });
after(async () => { await mock.close(); });

test('100 concurrent bookings of one slot: exactly one 201, 99 × 422, one appointment', async () => {
  mock.state.reset();
  const [slot] = freeSlots(1);
  const results = await statuses(Array.from({ length: 100 }, () => post(slot)));
  assert.equal(count(results, 201), 1);
  assert.equal(count(results, 422), 99);
  assert.equal(mock.state.appointments.count(), 1);
  assert.equal(mock.state.store.slot(slot.id)?.status, 'busy');
});

test('50 concurrent retries with one X-Request-ID: exactly one appointment, the rest 409', async () => {
  mock.state.reset();
  const [slot] = freeSlots(1);
  const requestId = crypto.randomUUID();
  const results = await statuses(Array.from({ length: 50 }, () => post(slot, requestId)));
  assert.equal(count(results, 201), 1);
  assert.equal(count(results, 409), 49);
  assert.equal(mock.state.appointments.count(), 1);
});

test('100 concurrent bookings of 100 different slots all succeed with distinct ids', async () => {
  mock.state.reset();
  const responses = await Promise.all(freeSlots(100).map((slot) => post(slot)));
  const ids = await Promise.all(responses.map(async (r) => { assert.equal(r.status, 201); return ((await r.json()) as { id: string }).id; }));
  assert.equal(new Set(ids).size, 100);
  assert.equal(mock.state.appointments.count(), 100);
});

test('a cancel racing a stale update: one 200, the other 409, two versions kept', async () => {
  mock.state.reset();
  const [slot] = freeSlots(1);
  const created = await post(slot);
  const appointment = (await created.json()) as Record<string, unknown> & { id: string };
  const cancelled = { ...appointment, status: 'cancelled' };
  const put = () => fetch(`${mock.baseUrl}/Appointment/${appointment.id}`, {
    method: 'PUT', headers: { ...headers('patient/appointment.write'), 'if-match': 'W/"1"' }, body: JSON.stringify(cancelled),
  });
  const results = await statuses([put(), put()]);
  assert.deepEqual([...results].sort(), [200, 409]);
  assert.equal(mock.state.appointments.history(appointment.id).length, 2);
});

test('chaos: a booking whose 201 is dropped after commit, retried with the same X-Request-ID, creates one appointment', async () => {
  mock.state.reset();
  const [slot] = freeSlots(1);
  const admin = await fetch(`${new URL(mock.baseUrl).origin}/_admin/chaos`, { method: 'POST', body: JSON.stringify({ interaction: 'appointment-create', dropAfterCommit: true, times: 1 }) });
  assert.equal(admin.status, 200, await admin.text());
  const requestId = crypto.randomUUID();
  await assert.rejects(post(slot, requestId));
  assert.equal(mock.state.appointments.count(), 1);
  const retry = await post(slot, requestId);
  assert.equal(retry.status, 409);
  assert.match(JSON.stringify(await retry.json()), /X-Request-ID/);
  assert.equal(mock.state.appointments.count(), 1);
});

test('chaos: an injected server error answers 500 + OperationOutcome once and commits nothing (SLOT-37)', async () => {
  mock.state.reset();
  const [slot] = freeSlots(1);
  const admin = await fetch(`${new URL(mock.baseUrl).origin}/_admin/chaos`, { method: 'POST', body: JSON.stringify({ interaction: 'appointment-create', serverError: true, times: 1 }) });
  assert.equal(admin.status, 200, await admin.text());
  const failed = await post(slot);
  assert.equal(failed.status, 500);
  const outcome = (await failed.json()) as { resourceType: string; issue: { code: string }[] };
  assert.equal(outcome.resourceType, 'OperationOutcome');
  assert.equal(outcome.issue[0].code, 'exception');
  assert.equal(mock.state.appointments.count(), 0);
  const retried = await post(slot);
  assert.equal(retried.status, 201);
});
