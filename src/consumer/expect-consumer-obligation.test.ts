import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import { TEST_CONTEXT, wellBehavedRecording } from '../../mocks/fixtures/judge-test-recording.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { WARNING_ATTACHMENT } from '../verdict/verdict-attachment.ts';
import { expectConsumerObligation, FINDINGS_ATTACHMENT } from './expect-consumer-obligation.ts';

function attachments() {
  const attached: [string, string][] = [];
  return { attached, attach: (data: string, options: { fileName: string }) => { attached.push([options.fileName, data]); } };
}
const recording = wellBehavedRecording();

test('a met obligation passes without attachments', () => {
  const { attached, attach } = attachments();
  assert.equal(expectConsumerObligation(judgeRecording(recording, TEST_CONTEXT), 'SLOT-03', {}, attach), undefined);
  assert.deepEqual(attached, []);
});

test('an obligation the traffic does not exercise is skipped with the reason', () => {
  const { attached, attach } = attachments();
  assert.throws(() => expectConsumerObligation(judgeRecording(recording.slice(0, 2), TEST_CONTEXT), 'JWT-15', { interaction: 'appointment-update' }, attach), (error: unknown) => {
    assert.ok(error instanceof ScenarioSkipped);
    assert.deepEqual([error.code, error.reason], ['SKIPPED_NOT_EXERCISED', 'not exercised: the recording has no cancel (PUT Appointment)']);
    return true;
  });
  assert.deepEqual(attached, []);
});

test('a failed obligation throws a ConformanceFailure naming the exchanges', () => {
  const broken = recording.map((e) => (e.seq === 5 ? { ...e, requestHeaders: { ...e.requestHeaders, 'if-match': 'W/"7"' } } : e));
  const { attached, attach } = attachments();
  assert.throws(() => expectConsumerObligation(judgeRecording(broken, TEST_CONTEXT), 'CAN-02', {}, attach), (error: unknown) => {
    assert.ok(error instanceof ConformanceFailure);
    assert.equal(error.message, [
      'CAN-02 CONSUMER_OBLIGATION_FAILED: 1 finding(s) break CAN-02: If-Match W/"7" is not the latest ETag W/"1" the consumer received (in #4)',
      '  expected: PUT with If-Match from the latest ETag, the update interaction id, the write scope and X-Request-ID',
      '  actual:   ["#5 (ASID 928374650022): If-Match W/\\"7\\" is not the latest ETag W/\\"1\\" the consumer received (in #4)"]',
      '  exchange: #5',
    ].join('\n'));
    return true;
  });
  assert.deepEqual(attached.map(([name]) => name), [FINDINGS_ATTACHMENT]);
});

test('a warning passes with a warning attachment; an unknown id is our defect', () => {
  const noLanguage = recording.map((e) => (e.seq === 3 ? { ...e, requestBody: (e.requestBody as string).replace('"language":"en-GB",', '') } : e));
  const { attached, attach } = attachments();
  assert.equal(expectConsumerObligation(judgeRecording(noLanguage, TEST_CONTEXT), 'BOOK-04', {}, attach), undefined);
  assert.deepEqual(attached.map(([name]) => name), [FINDINGS_ATTACHMENT, WARNING_ATTACHMENT]);
  assert.deepEqual(JSON.parse(attached[1][1]), {
    code: 'CONSUMER_OBLIGATION_WARNING',
    message: '#3 (ASID 928374650022): Appointment.language should be "en" or "en-GB" (got undefined)',
    obligations: ['BOOK-04'],
    exchangeId: '#3',
  });
  assert.throws(() => expectConsumerObligation(judgeRecording(recording, TEST_CONTEXT), 'NFR-01', {}, attach), HarnessDefect);
});
