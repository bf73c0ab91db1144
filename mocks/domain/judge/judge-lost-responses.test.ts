// The judge sees what the consumer saw: an answer that never reached the consumer (dropped after
// commit, connection reset) counts for nothing it could have learnt, a resend is judged as its
// original was, and X-Request-ID reuse is judged across every request of the session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeFate, ExchangeRecord } from './exchange-record.ts';
import { TEST_CONTEXT, uuid, wellBehavedRecording } from '../../fixtures/judge-test-recording.ts';

const RETRY_OBLIGATIONS = ['XTI-02', 'CAN-01', 'CAN-02', 'CAN-13'];
const renumber = (list: ExchangeRecord[]): ExchangeRecord[] => list.map((e, i) => ({ ...e, seq: i + 1 }));
const judge = (list: ExchangeRecord[]) => judgeRecording(renumber(list), TEST_CONTEXT);
/** [obligation, outcome, seqs] of the retry and cancel findings. */
const outcomes = (list: ExchangeRecord[]) =>
  judge(list).findings.filter((f) => RETRY_OBLIGATIONS.includes(f.obligation)).map((f) => [f.obligation, f.outcome, f.seqs]);
const failures = (list: ExchangeRecord[]) => judge(list).findings.filter((f) => f.outcome !== 'pass').map((f) => [f.obligation, f.message]);

const [metadata, search, book, read, cancel] = wellBehavedRecording();
const lost = (e: ExchangeRecord, fate: ExchangeFate = 'dropped-after-commit'): ExchangeRecord => ({ ...e, fate });
const withRequestId = (e: ExchangeRecord, n: number): ExchangeRecord => ({ ...e, requestHeaders: { ...e.requestHeaders, 'x-request-id': uuid(n) } });
const REUSED_OUTCOME = JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'duplicate', diagnostics: 'X-Request-ID already used' }] });
/** The strict provider's answer to a resend: 409, no ETag (C-08). */
const refusedAsReused = (e: ExchangeRecord): ExchangeRecord => ({ ...e, status: 409, responseHeaders: { 'content-type': 'application/fhir+json;charset=utf-8' }, responseBody: REUSED_OUTCOME });

type Case = readonly [name: string, recording: ExchangeRecord[], expected: (string | number[])[][]];

const CASES: readonly Case[] = [
  ['search lost, retried with the original X-Request-ID', [metadata, lost(search), search],
    [['XTI-02', 'pass', [2, 3]]]],
  ['search lost, retried with a new X-Request-ID', [metadata, lost(search, 'connection-reset'), withRequestId(search, 90)],
    [['XTI-02', 'fail', [2, 3]]]],
  ['booking lost after commit, retried with the original X-Request-ID (replayed 201)', [metadata, search, lost(book), book, read, cancel],
    [['XTI-02', 'pass', [3, 4]], ['CAN-01', 'pass', [6]], ['CAN-02', 'pass', [6]]]],
  ['booking lost after commit, retried with a new X-Request-ID (a double booking)', [metadata, search, lost(book), { ...withRequestId(book, 90), status: 422 }],
    [['XTI-02', 'fail', [3, 4]]]],
  ['read lost, retried with the original X-Request-ID', [metadata, search, book, lost(read, 'connection-reset'), read, cancel],
    [['XTI-02', 'pass', [4, 5]], ['CAN-01', 'pass', [6]], ['CAN-02', 'pass', [6]]]],
  ['read lost, retried with a new X-Request-ID', [metadata, search, book, lost(read), withRequestId(read, 90), cancel],
    [['XTI-02', 'fail', [4, 5]], ['CAN-01', 'pass', [6]], ['CAN-02', 'pass', [6]]]],
  ['cancel lost after commit, resent unchanged and refused as a reused X-Request-ID', [metadata, search, book, read, lost(cancel), refusedAsReused(cancel)],
    [['XTI-02', 'pass', [5, 6]], ['CAN-01', 'pass', [5]], ['CAN-02', 'pass', [5]], ['CAN-01', 'pass', [6]], ['CAN-02', 'pass', [6]]]],
  ['cancel answered but not received (a client timeout), resent unchanged', [metadata, search, book, read, cancel, refusedAsReused(cancel)],
    [['XTI-02', 'pass', [5, 6]], ['CAN-01', 'pass', [5]], ['CAN-02', 'pass', [5]], ['CAN-01', 'pass', [6]], ['CAN-02', 'pass', [6]]]],
  ['cancel lost after commit, resent with a new X-Request-ID', [metadata, search, book, read, lost(cancel), withRequestId(cancel, 90)],
    [['XTI-02', 'fail', [5, 6]], ['CAN-01', 'pass', [5]], ['CAN-02', 'pass', [5]], ['CAN-01', 'fail', [6]], ['CAN-02', 'pass', [6]]]],
];

for (const [name, recording, expected] of CASES) {
  test(`lost response: ${name}`, () => {
    assert.deepEqual(outcomes(recording), expected);
  });
}

test('the issue\'s false fail: a cancel resent after its 200 was dropped is judged as its original, not against the ETag it never received', () => {
  assert.deepEqual(failures([metadata, search, book, read, lost(cancel), refusedAsReused(cancel)]), []);
});

test('an ETag in an answer the consumer never received never counts as the latest', () => {
  const unseen = { ...lost(read), responseHeaders: { ...read.responseHeaders, etag: 'W/"3"' } };
  assert.deepEqual(outcomes([metadata, search, book, read, unseen, cancel]).filter(([id]) => id === 'CAN-02'), [['CAN-02', 'pass', [6]]]);
  const seen = { ...read, responseHeaders: { ...read.responseHeaders, etag: 'W/"3"' } };
  assert.deepEqual(failures([metadata, search, book, seen, cancel]), [['CAN-02', 'If-Match W/"1" is not the latest ETag W/"3" the consumer received (in #4)']]);
});

test('a 409 to a reused X-Request-ID is not called a version conflict', () => {
  const reusing = refusedAsReused(withRequestId(cancel, 3));
  const found = failures([metadata, search, book, read, reusing]);
  assert.ok(found.every(([, message]) => !message.includes('version conflict')), JSON.stringify(found));
  assert.ok(found.some(([id, message]) => id === 'XTI-02' && message.includes('reuses the X-Request-ID of #3 (POST /Appointment)')), JSON.stringify(found));
});

test('X-Request-ID reuse is judged across every request of the session, GETs included', () => {
  const readReusingBooking = withRequestId(read, 3);
  assert.deepEqual(outcomes([metadata, search, book, readReusingBooking, cancel]).filter(([id]) => id === 'XTI-02'), [['XTI-02', 'fail', [3, 4]]]);
  const searchReusingMetadata = withRequestId(search, 1);
  assert.deepEqual(outcomes([metadata, searchReusingMetadata]), [['XTI-02', 'fail', [1, 2]]]);
  // The same GET sent twice with its X-Request-ID is one request, not a reuse.
  assert.deepEqual(outcomes([metadata, search, search]), []);
});

test('a booking whose 201 was dropped has no id the consumer knows: its retry\'s replayed 201 gives it', () => {
  const judgement = judge([metadata, search, lost(book), book, read, cancel]);
  assert.deepEqual(judgement.findings.filter((f) => f.outcome !== 'pass').map((f) => f.obligation), []);
  assert.deepEqual(judgement.findings.filter((f) => f.obligation === 'HTTP-17').map((f) => f.seqs), [[5], [6]]);
});
