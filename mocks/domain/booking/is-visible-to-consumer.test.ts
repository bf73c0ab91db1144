import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isVisibleToConsumer } from './is-visible-to-consumer.ts';

test('an appointment is visible only to the organisation that booked it (REG-02)', () => {
  const rows: [string, string, boolean][] = [
    ['A1001', 'A1001', true],
    ['A1001', 'B2002', false],
    // ODS codes are compared exactly: no case folding, no trimming.
    ['A1001', 'a1001', false],
    ['A1001', 'A1001 ', false],
  ];
  for (const [bookedBy, requester, expected] of rows) {
    assert.equal(isVisibleToConsumer({ ownerOdsCode: bookedBy }, { odsCode: requester }), expected, `${bookedBy} vs ${requester}`);
  }
});
