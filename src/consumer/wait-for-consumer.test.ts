import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { isDoneRequest, waitForConsumer } from './wait-for-consumer.ts';
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';

const entry = (method: string, url: string) => ({ method, url }) as RecordedExchange;

test('isDoneRequest: POST /_admin/done only', () => {
  assert.equal(isDoneRequest('post', '/_admin/done?now=1'), true);
  assert.equal(isDoneRequest('GET', '/_admin/done'), false);
  assert.equal(isDoneRequest('POST', '/_admin/done/x'), false);
});

test('stops when the consumer POSTs /_admin/done', async () => {
  const entries: RecordedExchange[] = [];
  const signals = new EventEmitter();
  const waiting = waitForConsumer({ traffic: { entries: () => entries }, pollMs: 5, signals: signals as never });
  entries.push(entry('GET', '/metadata'), entry('POST', '/_admin/done'));
  assert.equal(await waiting, 'done-request');
  assert.equal(signals.listenerCount('SIGINT'), 0);
});

test('stops on SIGINT or SIGTERM', async () => {
  const signals = new EventEmitter();
  const waiting = waitForConsumer({ traffic: { entries: () => [] }, pollMs: 5, signals: signals as never });
  signals.emit('SIGTERM');
  assert.equal(await waiting, 'signal');
  assert.equal(signals.listenerCount('SIGTERM'), 0);
});

test('stops after the idle time, counted from the last new exchange and only once there is one', async () => {
  const entries: RecordedExchange[] = [];
  let now = 0;
  const signals = new EventEmitter();
  let settled = false;
  const waiting = waitForConsumer({ traffic: { entries: () => entries }, idleSeconds: 2, pollMs: 5, signals: signals as never, nowMs: () => now })
    .then((reason) => { settled = true; return reason; });
  now = 5_000;
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(settled, false);
  entries.push(entry('GET', '/metadata'));
  await new Promise((resolve) => setTimeout(resolve, 30));
  now = 6_999;
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(settled, false);
  now = 7_000;
  assert.equal(await waiting, 'idle');
});
