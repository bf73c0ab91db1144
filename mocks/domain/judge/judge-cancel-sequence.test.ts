import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { TEST_CONTEXT, uuid, wellBehavedRecording } from '../../fixtures/judge-test-recording.ts';

const renumber = (list: ExchangeRecord[]): ExchangeRecord[] => list.map((e, i) => ({ ...e, seq: i + 1 }));
const judged = (list: ExchangeRecord[], id: string) =>
  judgeRecording(renumber(list), TEST_CONTEXT).findings.filter((f) => f.obligation === id).map((f) => [f.outcome, f.seqs, f.message]);
const [metadata, search, book, read, cancel] = wellBehavedRecording();
const answered = (e: ExchangeRecord, status: number, n: number): ExchangeRecord => ({ ...e, status, requestHeaders: { ...e.requestHeaders, 'x-request-id': uuid(n) } });

test('CAN-13: a 409 answered by re-reading and retrying passes', () => {
  assert.deepEqual(judged([metadata, search, book, read, answered(cancel, 409, 50), read, cancel], 'CAN-13'), [
    ['pass', [5], 're-read in #6 after 409 on #5, then retried'],
  ]);
});

test('CAN-13: a blind resend after a 409 fails, and giving up after it fails', () => {
  assert.deepEqual(judged([metadata, search, book, read, answered(cancel, 409, 50), cancel], 'CAN-13'), [
    ['fail', [5], '#6 (PUT 200) follows the 409 on #5 without re-reading the appointment'],
  ]);
  assert.deepEqual(judged([metadata, search, book, read, answered(cancel, 409, 50)], 'CAN-13'), [
    ['fail', [5], 'gave up after the version conflict on #5 without re-reading and retrying'],
  ]);
});

test('CAN-13: stopping after a 412 passes (CAN-02 judges the missing If-Match)', () => {
  assert.deepEqual(judged([metadata, search, book, read, answered(cancel, 412, 50)], 'CAN-13'), [['pass', [5], 'stopped after 412 on #5']]);
});

test('CAN-13: more than three retries after conflicts is not bounded', () => {
  const loop = [1, 2, 3, 4, 5].flatMap((n) => [read, answered(cancel, 409, 50 + n)]);
  const verdicts = judged([metadata, search, book, ...loop], 'CAN-13');
  assert.deepEqual(verdicts.slice(4), [['fail', [13], 'the cancel was retried 4 times after conflicts; bound the retries (at most 3)']]);
});

test('CAN-01: a resend of the same PUT (same X-Request-ID) still counts the read before the first attempt', () => {
  assert.deepEqual(judged([metadata, search, book, read, { ...cancel, status: 500 }, cancel], 'CAN-01'), [
    ['pass', [5], 'read in #4, then sent back with only status cancelled'],
    ['pass', [6], 'read in #4, then sent back with only status cancelled'],
  ]);
});

test('CAN-01: the PUT body must set status cancelled', () => {
  const unchanged = { ...cancel, requestBody: (cancel.requestBody as string).replace('"cancelled"', '"booked"') };
  assert.deepEqual(judged([metadata, search, book, read, unchanged], 'CAN-01'), [['fail', [5], 'the cancel body sets status "booked"; expected "cancelled"']]);
});
