import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSUMER_OBLIGATIONS, findConsumerObligation } from './consumer-obligations.ts';
import { NOT_TESTABLE_HERE } from './not-testable-here.ts';

test('every consumer obligation is listed once, either judged or not testable here', () => {
  const judged = CONSUMER_OBLIGATIONS.map((row) => row.id);
  const untestable = NOT_TESTABLE_HERE.map((row) => row.id);
  assert.equal(new Set(judged).size, judged.length);
  assert.equal(new Set(untestable).size, untestable.length);
  assert.deepEqual(judged.filter((id) => untestable.includes(id)), []);
});

test('the Consumer/Both rows named for consumer assurance are all accounted for', () => {
  const expected = [
    'CAP-09', 'CAP-10', 'SLOT-02', 'SLOT-03', 'SLOT-04', 'SLOT-05', 'SLOT-39',
    'JWT-01', 'JWT-02', 'JWT-03', 'JWT-04', 'JWT-06', 'JWT-07', 'JWT-08', 'JWT-10', 'JWT-14', 'JWT-15', 'JWT-17', 'JWT-18', 'JWT-20', 'JWT-25',
    'SSP-01', 'SSP-02', 'SSP-03', 'SSP-04', 'SSP-05', 'SSP-08', 'SSP-10',
    'BOOK-01', 'BOOK-02', 'BOOK-04', 'BOOK-05', 'BOOK-07', 'BOOK-08', 'BOOK-09', 'BOOK-10', 'BOOK-11', 'BOOK-12', 'BOOK-13', 'BOOK-14', 'BOOK-15', 'BOOK-31',
    'XTI-01', 'XTI-02', 'XTI-06', 'XTI-07', 'READ-01', 'CAN-01', 'CAN-02', 'CAN-13', 'CAN-14',
    ...Array.from({ length: 12 }, (_, i) => `PROF-${String(i + 1).padStart(2, '0')}`), 'PROF-15',
    'TIME-01', 'TIME-02', 'TIME-03', 'TIME-06', 'HTTP-07', 'HTTP-08', 'HTTP-09', 'HTTP-17', 'ERR-06', 'ERR-07',
    'DISC-01', 'DISC-02', 'DISC-03', 'DISC-04', 'DISC-05',
  ];
  const known: string[] = [...CONSUMER_OBLIGATIONS, ...NOT_TESTABLE_HERE].map((row) => row.id);
  assert.deepEqual(expected.filter((id) => !known.includes(id)), []);
  // JWT-26 is the one id this judge adds to the catalogue; REG-01 (no level) is judged beyond the named rows.
  assert.deepEqual(known.filter((id) => !expected.includes(id)), ['JWT-26', 'REG-01']);
});

test('components name judged obligations', () => {
  for (const row of CONSUMER_OBLIGATIONS) {
    for (const part of row.components ?? []) assert.ok(findConsumerObligation(part.obligation), `${row.id} → ${part.obligation}`);
  }
  assert.equal(findConsumerObligation('NFR-01'), undefined);
});
