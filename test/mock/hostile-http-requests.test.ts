// Hostile input over a real socket: more than 10,000 generated requests, each of a class that once
// made the mock answer 500 or crash (an object where a string belongs at every string field of the
// booking and cancel bodies, malformed percent-encoding in every path segment, nesting thousands
// deep), mixed with the malformed requests of malformed-requests.test.ts. None may get a 5xx; every
// refusal is a 4xx with an OperationOutcome; the mock's memory stays bounded; it still books after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { buildReferenceBooking } from '../../mocks/fixtures/reference-booking.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';
import { malformedRequestArbitrary, type Malformed } from './malformed-request-arbitrary.ts';
import { isErrorOutcome } from './is-error-outcome.ts';

const NOW = Date.parse('2026-11-25T07:00:00Z');
const BASE_PATH = '/STU3/1/careconnect/booking';
const TOTAL = 10_400;
const CONCURRENCY = 16;
const SEED = 20261203;

type JsonPath = readonly (string | number)[];

/** Every path at which the value holds a string. */
function stringPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
  return [];
}

function replaceAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

// Values that are not strings, several of them traps for String() and template literals.
const NOT_A_STRING = fc.constantFrom<unknown>({ toString: 1 }, { valueOf: 1, toString: 1 }, { toString: { a: 1 } }, {}, [], ['x'], [{ toString: 1 }], 7, -0.5, true, null);

const BAD_ENCODINGS = fc.oneof(
  fc.constantFrom('%', '%zz', '%ED%A0%80', '%E0%A4%A', '%C0%AF', '%FF', '%%', 'x%2', '%uD800', '%F0%9F%98'),
  fc.tuple(fc.string({ unit: fc.constantFrom(...'abc019'.split('')), maxLength: 4 }), fc.constantFrom('%', '%g1', '%1', '%ED%BF%BF')).map(([a, b]) => `${a}${b}`),
);

interface Fixture {
  readonly booking: unknown;
  /** Bookings of distinct free slots: a mistyped body the mock wrongly accepted would book one. */
  readonly freeBookings: readonly unknown[];
  readonly cancel: unknown;
  readonly appointmentId: string;
}

function hostileClasses(mock: RunningMock, fixture: Fixture, tokens: Record<'read' | 'write' | 'slot', string>): fc.Arbitrary<Malformed> {
  const json = { 'content-type': 'application/fhir+json;charset=utf-8' };
  const bookPaths = stringPaths(fixture.booking);
  const cancelPaths = stringPaths(fixture.cancel);
  const objectForStringInBooking = fc.tuple(fc.constantFrom(...bookPaths), NOT_A_STRING, fc.nat()).map(([path, value, n]): Malformed => ({
    method: 'POST', path: '/Appointment', headers: { ...json, authorization: tokens.write },
    body: JSON.stringify(replaceAt(fixture.freeBookings[n % fixture.freeBookings.length], path, value)), refused: true,
  }));
  const objectForStringInCancel = fc.tuple(fc.constantFrom(...cancelPaths), NOT_A_STRING).map(([path, value]): Malformed => ({
    method: 'PUT', path: `/Appointment/${fixture.appointmentId}`, headers: { ...json, authorization: tokens.write, 'if-match': 'W/"1"' },
    body: JSON.stringify(replaceAt(fixture.cancel, path, value)), refused: true,
  }));
  const templates = [
    { method: 'GET', segments: ['metadata'], token: tokens.slot },
    { method: 'GET', segments: ['Slot'], token: tokens.slot },
    { method: 'POST', segments: ['Appointment'], token: tokens.write },
    { method: 'GET', segments: ['Appointment', fixture.appointmentId], token: tokens.read },
    { method: 'PUT', segments: ['Appointment', fixture.appointmentId], token: tokens.write },
    { method: 'GET', segments: ['Appointment', fixture.appointmentId, '_history', '1'], token: tokens.read },
  ];
  const baseSegments = BASE_PATH.split('/').slice(1);
  const malformedSegment = fc.tuple(fc.constantFrom(...templates), fc.nat(), BAD_ENCODINGS).map(([template, at, bad]): Malformed => {
    const segments = [...baseSegments, ...template.segments];
    const i = at % segments.length;
    const path = `/${segments.map((s, j) => (j === i ? bad : s)).join('/')}`;
    return { method: template.method, path, headers: { authorization: template.token }, absolute: true, expectStatus: 400 };
  });
  // Mostly just past the bound; some deep enough to exhaust the stack of any recursive rule.
  const depth = fc.oneof({ arbitrary: fc.integer({ min: 65, max: 1_000 }), weight: 4 }, { arbitrary: fc.integer({ min: 5_000, max: 8_000 }), weight: 1 });
  const nested = fc.tuple(depth, fc.constantFrom(['{"a":', '}'], ['[', ']'], ['[{"b":', '}]'])).map(([depth, [open, close]]) => `${open.repeat(depth)}1${close.repeat(depth)}`);
  const deepBooking = nested.map((deep): Malformed => ({
    method: 'POST', path: '/Appointment', headers: { ...json, authorization: tokens.write }, body: JSON.stringify(fixture.booking).replace(/}$/, `,"extension":${deep}}`), expectStatus: 400,
  }));
  const deepCancel = nested.map((deep): Malformed => ({
    method: 'PUT', path: `/Appointment/${fixture.appointmentId}`, headers: { ...json, authorization: tokens.write, 'if-match': 'W/"1"' }, body: JSON.stringify(fixture.cancel).replace(/}$/, `,"extension":${deep}}`), expectStatus: 400,
  }));
  const deepAdmin = nested.map((deep): Malformed => ({
    method: 'POST', path: `${new URL(mock.baseUrl).origin}/_admin/config`.replace(/^https?:\/\/[^/]+/, ''), headers: { 'content-type': 'application/json' }, body: `{"x":${deep}}`, absolute: true, expectStatus: 400,
  }));
  return fc.oneof(
    { arbitrary: objectForStringInBooking, weight: 4 },
    { arbitrary: objectForStringInCancel, weight: 3 },
    { arbitrary: malformedSegment, weight: 3 },
    { arbitrary: deepBooking, weight: 1 },
    { arbitrary: deepCancel, weight: 1 },
    { arbitrary: deepAdmin, weight: 1 },
    { arbitrary: malformedRequestArbitrary(mock.baseUrl, NOW), weight: 3 },
  );
}

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

function send(agent: Agent, mock: RunningMock, req: Malformed): Promise<Answer> {
  const base = new URL(mock.baseUrl);
  const path = req.absolute ? req.path : `${base.pathname.replace(/\/$/, '')}${req.path}`;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ agent, host: base.hostname, port: base.port, method: req.method, path, headers: req.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

/** What is wrong with an answer to a hostile request, or undefined when it is right. */
function judge(req: Malformed, answer: Answer): string | undefined {
  const what = `${req.method} ${req.path.slice(0, 120)} → ${answer.status} ${answer.body.slice(0, 200)}`;
  if (answer.status >= 500) return what;
  if (req.expectStatus !== undefined && answer.status !== req.expectStatus) return `expected ${req.expectStatus}: ${what}`;
  if (req.refused && answer.status < 400) return `accepted: ${what}`;
  if (answer.status >= 400 && !(/^application\/fhir\+json/i.test(answer.contentType) && isErrorOutcome(answer.body))) return `not an OperationOutcome: ${what}`;
  return undefined;
}

async function inPool<T>(items: readonly T[], width: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

test(`${TOTAL.toLocaleString('en-GB')} generated hostile requests over HTTP: no 5xx, every refusal an OperationOutcome, memory bounded`, async () => {
  const mock = await startMockServer({ port: 0, nowMs: NOW, basePath: BASE_PATH });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const token = (scope: string) => buildJwt({ audience: mock.baseUrl, scope, nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
    const tokens = { read: token('patient/appointment.read'), write: token('patient/appointment.write'), slot: token('organization/slot.read') };
    const slot = mock.state.store.data.slots.find((s) => s.status === 'free' && s.scheduleId === 'schedule-1' && !s.release);
    assert.ok(slot);
    const booking = buildReferenceBooking(slot);
    const booked = await send(agent, mock, { method: 'POST', path: '/Appointment', headers: { 'content-type': 'application/fhir+json', authorization: tokens.write }, body: JSON.stringify(booking) });
    assert.equal(booked.status, 201, booked.body);
    const appointment = JSON.parse(booked.body) as { id: string };
    const freeBookings = mock.state.store.data.slots
      .filter((s) => s.status === 'free' && s.id !== slot.id && s.startMs > NOW)
      .map((s) => buildReferenceBooking(s));
    const fixture: Fixture = { booking, freeBookings, cancel: { ...appointment, status: 'cancelled' }, appointmentId: appointment.id };
    const requests = fc.sample(hostileClasses(mock, fixture, tokens), { numRuns: TOTAL, seed: SEED });
    const wrong: string[] = [];
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await inPool(requests, CONCURRENCY, async (req) => {
      const problem = judge(req, await send(agent, mock, req));
      if (problem) wrong.push(problem);
    });
    const seconds = (performance.now() - started) / 1000;
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    process.stdout.write(`# hostile HTTP fuzz: ${requests.length} requests in ${seconds.toFixed(1)} s, RSS ${grownMb >= 0 ? '+' : ''}${grownMb.toFixed(0)} MB\n`);
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${requests.length} answers were wrong`);
    // Generous: the traffic recording keeps the requests; a leak per request would be far larger.
    assert.ok(grownMb < 600, `RSS grew by ${grownMb.toFixed(0)} MB over ${requests.length} requests`);
    const read = await send(agent, mock, { method: 'GET', path: `/Appointment/${appointment.id}`, headers: { authorization: tokens.read } });
    assert.equal(read.status, 200, 'the booking made before the storm is still served');
    assert.equal(mock.state.appointments.count(), 1, 'no hostile request booked anything');
    assert.equal(mock.state.appointments.read(appointment.id)?.versionId, '1', 'no hostile request cancelled it');
  } finally {
    agent.destroy();
    await mock.close();
  }
});
