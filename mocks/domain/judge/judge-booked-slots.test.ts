import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { TEST_CONTEXT, wellBehavedRecording } from '../../fixtures/judge-test-recording.ts';

const judged = (list: ExchangeRecord[]) =>
  judgeRecording(list, TEST_CONTEXT).findings.filter((f) => f.obligation === 'BOOK-15' && f.seqs.length > 0 && f.outcome !== 'pass').map((f) => [f.outcome, f.seqs, f.message]);
const [metadata, search, book, read, cancel] = wellBehavedRecording();

test('BOOK-15: a booking of a slot no search of the session served fails', () => {
  assert.deepEqual(judged([metadata, book, read, cancel]), [
    ['fail', [3], 'the contained Slot (identifier a41eb1b5-f1ce-4588-bfcd-8d09549ba09a) was not served by any earlier slot search of this session; copy it from the chosen search result'],
  ]);
});

test('BOOK-15 / C-38: a slot served as busy is not bookable', () => {
  const busy = { ...search, responseBody: (search.responseBody as string).replace('"status":"free"', '"status":"busy"') };
  assert.deepEqual(judged([metadata, busy, book, read, cancel]), [
    ['fail', [2, 3], 'the contained Slot does not copy Slot/slot-0915 served in #2: the slot was served as "busy", not free: only free slots are bookable (C-38)'],
  ]);
});

test('BOOK-15 / TIME-05: a copy written with another offset for the same instant still matches', () => {
  const shifted = { ...book, requestBody: (book.requestBody as string).replaceAll('2026-03-16T09:15:00.000+00:00', '2026-03-16T10:15:00+01:00') };
  assert.deepEqual(judged([metadata, search, shifted, read, cancel]), []);
});
