// Long recordings: no argument spreads (Math.min(...seqs), push(...findings)) that overflow the stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import { CONSUMER_ASID, T0_MS, TEST_CONTEXT } from '../../fixtures/judge-test-recording.ts';

test('150,000 exchanges of one session are judged without a RangeError', () => {
  const recording: ExchangeRecord[] = Array.from({ length: 150_000 }, (_, i) => ({
    seq: i + 1, receivedAt: new Date(T0_MS + i).toISOString(), method: 'GET', url: '/STU3/1/careconnect/booking/Unknown', rawQuery: '',
    requestHeaders: { 'ssp-from': CONSUMER_ASID }, requestBody: null, status: 404, responseHeaders: {}, responseBody: null, durationMs: 0,
  }));
  const judgement = judgeRecording(recording, TEST_CONTEXT);
  assert.deepEqual(judgement.sessions.map((s) => [s.requests, s.firstSeq, s.lastSeq]), [[150_000, 1, 150_000]]);
});
