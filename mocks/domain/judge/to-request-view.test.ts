import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toRequestView } from './to-request-view.ts';
import { BASE, envelope, exchange } from '../../fixtures/judge-test-recording.ts';

const view = (method: string, url: string, base = BASE) => {
  const v = toRequestView(exchange(1, { method, url, headers: envelope('metadata', 1) }), base);
  return [v.route.kind, v.path, v.interaction];
};

test('the path is read against the service root, directly or behind an SSP-style prefix', () => {
  assert.deepEqual(view('GET', '/STU3/1/careconnect/booking/Slot?status=free'), ['direct', '/Slot', 'slot-search']);
  assert.deepEqual(view('PUT', '/STU3/1/careconnect/booking/Appointment/a.B-9'), ['direct', '/Appointment/a.B-9', 'appointment-update']);
  assert.deepEqual(view('GET', '/STU3/1/careconnect/booking/Appointment/a1/_history/2'), ['direct', '/Appointment/a1/_history/2', 'appointment-read']);
  assert.deepEqual(view('GET', `/${BASE}/metadata`), ['ssp', '/metadata', 'metadata']);
  assert.deepEqual(view('GET', '/https://elsewhere.example/STU3/1/x/metadata'), ['ssp', undefined, undefined]);
  assert.deepEqual(view('GET', '/_admin/traffic'), ['admin', undefined, undefined]);
  assert.deepEqual(view('GET', '/STU3/2/metadata'), ['outside', undefined, undefined]);
  assert.deepEqual(view('GET', '/metadata', 'http://127.0.0.1:4000'), ['direct', '/metadata', 'metadata']);
  assert.deepEqual(view('DELETE', '/metadata', 'http://127.0.0.1:4000'), ['direct', '/metadata', undefined]);
});

test('the query is decoded as the provider decodes it, and the raw query is kept for SLOT-04', () => {
  const v = toRequestView(exchange(1, { url: '/STU3/1/careconnect/booking/Slot?start=ge2026-03-16T09:00:00+00:00&a%3Ab=c', headers: {} }), BASE);
  assert.deepEqual(v.params, [['start', 'ge2026-03-16T09:00:00 00:00'], ['a:b', 'c']]);
  assert.equal(v.rawQuery, 'start=ge2026-03-16T09:00:00+00:00&a%3Ab=c');
  assert.equal(v.headers.get('X-Request-ID'), null);
  assert.equal(v.requestJson, undefined);
});
