import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { APPOINTMENT_ID, TEST_CONTEXT, uuid, wellBehavedRecording } from '../../fixtures/judge-test-recording.ts';
import { FIXED_USER_PATIENTS } from './judge-recording-wide.ts';

const judged = (list: ExchangeRecord[], id: string) =>
  judgeRecording(list.map((e, i) => ({ ...e, seq: i + 1 })), TEST_CONTEXT).findings.filter((f) => f.obligation === id && f.outcome !== 'pass').map((f) => [f.outcome, f.seqs, f.message]);
const [metadata, search, book] = wellBehavedRecording();

/** A booking of the reference slot for another patient (NHS number), in its own request. */
function bookingFor(nhsNumber: string, n: number, traceId = uuid(2000 + n)): ExchangeRecord {
  return {
    ...book,
    requestHeaders: { ...book.requestHeaders, 'x-request-id': uuid(500 + n), 'ssp-traceid': traceId },
    requestBody: (book.requestBody as string).replace('9691112221', nhsNumber),
    responseBody: (book.responseBody as string).replace(APPOINTMENT_ID, uuid(900 + n)),
  };
}

test('SSP-02: one trace id on bookings for two patients fails', () => {
  assert.deepEqual(judged([metadata, search, bookingFor('9691112221', 1, uuid(42)), bookingFor('9483726158', 2, uuid(42))], 'SSP-02'), [
    ['fail', [3, 4], `Ssp-TraceID ${uuid(42)} is shared by bookings for different patients (#3, #4); it must be unique per patient call`],
  ]);
});

test('SSP-02: one trace id in two consumer sessions fails', () => {
  const other = { ...search, requestHeaders: { ...search.requestHeaders, 'ssp-from': '900000000202', 'x-request-id': uuid(60) } };
  assert.deepEqual(judged([metadata, search, other], 'SSP-02'), [
    ['fail', [2, 3], `Ssp-TraceID ${uuid(1002)} is shared by consumer sessions (#2, #3); it must be unique per patient call`],
  ]);
});

test(`JWT-20: bookings for ${FIXED_USER_PATIENTS} different patients under one user id look like a fixed system user`, () => {
  const patients = ['9691112221', '9483726158', '9434765919'];
  assert.deepEqual(judged([metadata, search, ...patients.map((nhs, i) => bookingFor(nhs, i))], 'JWT-20'), [
    ['warn', [3, 4, 5], 'every booking for 3 different patients names the same user "u-48213"; is it a fixed system user?'],
  ]);
  assert.deepEqual(judged([metadata, search, ...patients.slice(0, 2).map((nhs, i) => bookingFor(nhs, i))], 'JWT-20'), []);
});
