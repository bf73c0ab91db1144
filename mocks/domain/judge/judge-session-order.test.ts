import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { APPOINTMENT_ID, TEST_CONTEXT, uuid, wellBehavedRecording } from '../../fixtures/judge-test-recording.ts';

const renumber = (list: ExchangeRecord[]): ExchangeRecord[] => list.map((e, i) => ({ ...e, seq: i + 1 }));
const judged = (list: ExchangeRecord[], id: string) =>
  judgeRecording(renumber(list), TEST_CONTEXT).findings.filter((f) => f.obligation === id).map((f) => [f.outcome, f.seqs, f.message]);
const [metadata, search, book, read, cancel] = wellBehavedRecording();
const OTHER = '0c5d1b6e-7a3f-4d2b-9e8c-1f2a3b4c5d6e';
/** A second booking for the same patient (a rebooking), answered with another appointment id. */
const rebook: ExchangeRecord = {
  ...book,
  requestHeaders: { ...book.requestHeaders, 'x-request-id': uuid(77), 'ssp-traceid': uuid(1077) },
  requestBody: (book.requestBody as string).replace('Suspected ankle', 'Rebooked: suspected ankle'),
  responseBody: (book.responseBody as string).replace(APPOINTMENT_ID, OTHER),
};

test('CAN-14: rebooking before cancelling the original passes; cancelling first warns', () => {
  assert.deepEqual(judged([metadata, search, book, rebook, read, cancel], 'CAN-14'), [
    ['pass', [3, 4, 6], 'new booking #4 made before cancelling #3 in #6'],
  ]);
  assert.deepEqual(judged([metadata, search, book, read, cancel, rebook], 'CAN-14'), [
    ['warn', [3, 6, 5], 'the original booking was cancelled in #5 before the new booking #6; book first, then cancel'],
  ]);
});

test('CAP-09: the CapabilityStatement fetched before the first search passes, otherwise it warns', () => {
  assert.deepEqual(judged([metadata, search], 'CAP-09'), [['pass', [1, 2], 'CapabilityStatement fetched in #1 before the first search #2']]);
  assert.deepEqual(judged([search, metadata], 'CAP-09'), [['warn', [1], 'the first slot search #1 came before any GET metadata; the CapabilityStatement says what the provider supports']]);
  assert.deepEqual(judged([metadata], 'CAP-09'), []);
});

test('HTTP-17: ids the provider issued are used verbatim', () => {
  assert.deepEqual(judged([metadata, search, book, read, cancel], 'HTTP-17'), [
    ['pass', [4], `Appointment/${APPOINTMENT_ID} used as issued`],
    ['pass', [5], `Appointment/${APPOINTMENT_ID} used as issued`],
  ]);
});
