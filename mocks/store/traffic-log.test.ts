import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRecordedRequest, TrafficLog } from './traffic-log.ts';
import type { ReceivedRequest, SettledAnswer } from './traffic-log.ts';

const request = (n: number, body: string | null = null): ReceivedRequest => ({
  receivedAt: '2026-03-16T09:00:00.000Z', method: 'POST', url: `/Appointment?n=${n}`, rawQuery: `n=${n}`, requestHeaders: { 'X-Request-ID': `r-${n}` }, requestBody: body,
});
const answer = (fate: SettledAnswer['fate'] = 'sent', body: string | null = '{}'): SettledAnswer => ({ status: 201, responseHeaders: { 'Content-Length': '2' }, responseBody: body, durationMs: 1, fate });

test('a request is on the record when it arrives, before its answer is decided, and settled with the fate of the answer', () => {
  const log = new TrafficLog();
  const seq = log.begin(request(1, '{"a":1}'));
  assert.deepEqual(log.entries().map((e) => [e.seq, e.fate, e.status, e.requestBody]), [[1, 'pending', 0, '{"a":1}']]);
  log.settle(seq, answer('dropped-after-commit'));
  assert.deepEqual(log.entries().map((e) => [e.seq, e.fate, e.status, e.responseBody, e.requestHeaders]), [[1, 'dropped-after-commit', 201, '{}', { 'X-Request-ID': 'r-1' }]]);
});

test('every fate is kept as settled; record() is begin then settle, "sent" by default', () => {
  const log = new TrafficLog();
  for (const fate of ['sent', 'dropped-after-commit', 'connection-reset', 'server-error-injected'] as const) log.settle(log.begin(request(1)), answer(fate));
  const { seq: _seq, ...whole } = { ...request(9), status: 200, responseHeaders: {}, responseBody: null, durationMs: 2, seq: 0 };
  log.record(whole);
  assert.deepEqual(log.entries().map((e) => e.fate), ['sent', 'dropped-after-commit', 'connection-reset', 'server-error-injected', 'sent']);
});

test('bodies past maxBodyBytes are cut, their full UTF-8 size noted', () => {
  const log = new TrafficLog({ maxBodyBytes: 8 });
  log.settle(log.begin(request(1, 'é'.repeat(10))), answer('sent', 'x'.repeat(20)));
  const [entry] = log.entries();
  assert.equal(Buffer.byteLength(entry.requestBody ?? '', 'utf8') <= 8, true);
  assert.equal(entry.responseBody, 'x'.repeat(8));
  assert.deepEqual(entry.truncated, { requestBodyBytes: 20, responseBodyBytes: 20 });
});

test('past maxTotalBytes or maxEntries the oldest exchanges are evicted first; the newest always stays', () => {
  const byBytes = new TrafficLog({ maxBodyBytes: 1_000, maxTotalBytes: 3_000 });
  for (let n = 1; n <= 20; n += 1) byBytes.settle(byBytes.begin(request(n, 'b'.repeat(900))), answer());
  assert.ok(byBytes.usage().bytes <= 3_000, JSON.stringify(byBytes.usage()));
  assert.deepEqual(byBytes.entries().map((e) => e.seq), [19, 20]);
  const byCount = new TrafficLog({ maxEntries: 3 });
  for (let n = 1; n <= 5; n += 1) byCount.record({ ...request(n), status: 200, responseHeaders: {}, responseBody: null, durationMs: 0 });
  assert.deepEqual(byCount.entries().map((e) => e.seq), [3, 4, 5]);
  const huge = new TrafficLog({ maxTotalBytes: 10 });
  huge.record({ ...request(1, 'x'.repeat(100)), status: 200, responseHeaders: {}, responseBody: null, durationMs: 0 });
  assert.deepEqual(huge.entries().map((e) => e.seq), [1]);
});

test('memory stays within the budget over many exchanges; a settle after eviction or clear is ignored', () => {
  const log = new TrafficLog({ maxBodyBytes: 512, maxTotalBytes: 64 * 1024 });
  const early = log.begin(request(0));
  for (let n = 1; n <= 5_000; n += 1) log.settle(log.begin(request(n, 'p'.repeat(2_000))), answer('sent', 'q'.repeat(2_000)));
  log.settle(early, answer('sent'));
  assert.ok(log.usage().bytes <= 64 * 1024);
  assert.equal(log.entries().at(-1)?.seq, 5_001);
  assert.ok(log.entries().every((e) => e.fate === 'sent' && e.seq > 1));
  const pending = log.begin(request(1));
  log.clear();
  log.settle(pending, answer());
  assert.deepEqual([log.entries().length, log.usage().bytes], [0, 0]);
  assert.equal(log.begin(request(2)), pending + 1);
});

test('admin reads are never recorded; admin writes and the API are', () => {
  const table: [string, string, boolean][] = [
    ['GET', '/_admin/traffic', false], ['GET', '/_admin/state?x=1', false], ['HEAD', '/_admin', false], ['get', '/_admin/explain', false],
    ['POST', '/_admin/done', true], ['DELETE', '/_admin/traffic', true], ['GET', '/Slot?x=1', true], ['GET', '/_administrator', true],
  ];
  for (const [method, path, recorded] of table) assert.equal(isRecordedRequest(method, path), recorded, `${method} ${path}`);
});
