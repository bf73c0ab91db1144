import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { TEST_CONTEXT, uuid, wellBehavedRecording } from '../../fixtures/judge-test-recording.ts';

const renumber = (list: ExchangeRecord[]): ExchangeRecord[] => list.map((e, i) => ({ ...e, seq: i + 1 }));
const judged = (list: ExchangeRecord[], ids: string[]) =>
  judgeRecording(renumber(list), TEST_CONTEXT).findings.filter((f) => ids.includes(f.obligation)).map((f) => [f.obligation, f.outcome, f.seqs, f.message]);
const [metadata, search, book, read, cancel] = wellBehavedRecording();
const withHeader = (e: ExchangeRecord, name: string, value: string, status = e.status): ExchangeRecord => ({ ...e, status, requestHeaders: { ...e.requestHeaders, [name]: value } });

test('XTI-02: a booking resent with its original X-Request-ID passes, whatever the provider answered', () => {
  assert.deepEqual(judged([metadata, search, book, { ...book, status: 409 }, read, cancel], ['XTI-02']), [
    ['XTI-02', 'pass', [3, 4], '#4 resends #3 with the original X-Request-ID'],
  ]);
});

test('XTI-02: a booking resent after its 201 with a new X-Request-ID fails', () => {
  assert.deepEqual(judged([metadata, search, book, withHeader(book, 'x-request-id', uuid(99), 422)], ['XTI-02']), [
    ['XTI-02', 'fail', [3, 4], `#4 resends the request of #3 (answered 201) with a new X-Request-ID "${uuid(99)}"; a retry must carry the original "${uuid(3)}"`],
  ]);
});

test('XTI-02: a resend after a 500 is a retry too; after a 4xx it is a new attempt (left to ERR-07)', () => {
  assert.equal(judged([metadata, search, { ...book, status: 500 }, withHeader(book, 'x-request-id', uuid(99))], ['XTI-02'])[0][1], 'fail');
  assert.deepEqual(judged([metadata, search, { ...book, status: 422 }, withHeader(book, 'x-request-id', uuid(99))], ['XTI-02']), []);
});

test('XTI-02: an X-Request-ID reused for a different request fails', () => {
  assert.deepEqual(judged([metadata, search, book, read, withHeader(cancel, 'x-request-id', uuid(3))], ['XTI-02']), [
    ['XTI-02', 'fail', [3, 5], '#5 (PUT /Appointment/8d1c5a37-2f0e-4b8e-9a41-6c3b7f02d915) reuses the X-Request-ID of #3 (POST /Appointment), a different request; an X-Request-ID identifies one request, and providers treat a reused one as a retry (C-08)'],
  ]);
});

test('ERR-07 and SLOT-39: a 4xx resent unchanged warns; a fixed resend (a new token scope) passes', () => {
  const refused = { ...search, status: 400 };
  assert.deepEqual(judged([metadata, refused, search], ['SLOT-39']), [
    ['SLOT-39', 'warn', [2, 3], '#3 resends #2 unchanged although it was answered 400; fix the cause before retrying a 4xx'],
  ]);
  const forbidden = { ...read, status: 403 };
  assert.deepEqual(judged([metadata, search, book, forbidden, read], ['ERR-07']), [
    ['ERR-07', 'warn', [4, 5], '#5 resends #4 unchanged although it was answered 403; fix the cause before retrying a 4xx'],
  ]);
  assert.deepEqual(judged([metadata, search, book, forbidden], ['ERR-07']), [['ERR-07', 'pass', [4], '#4 (403) was not resent unchanged']]);
});
