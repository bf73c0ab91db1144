import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { recordFromException } from './record-from-exception.ts';

const asException = (error: Error) => ({ type: error.name, message: error.message });

describe('recordFromException', () => {
  it('reads a conformance failure back with its obligations, code, expected, actual and exchange', () => {
    const error = new ConformanceFailure({ code: 'STATUS_MISMATCH', obligations: ['JWT-11', 'JWT-12'], reason: 'an expired token was accepted', expected: [403], actual: 200, exchangeId: 'x-1' });
    assert.deepEqual(recordFromException(asException(error)), { verdict: 'fail', code: 'STATUS_MISMATCH', message: 'an expired token was accepted', obligations: ['JWT-11', 'JWT-12'], expected: [403], actual: 200, exchangeId: 'x-1' });
  });

  it('keeps a string expectation and a list of findings as they were', () => {
    const error = new ConformanceFailure({ code: 'CONSUMER_OBLIGATION_FAILED', obligations: ['SLOT-02'], reason: '1 finding(s) break SLOT-02', expected: 'the DoS id is sent', actual: ['#1 (ASID 9): no service parameter'], exchangeId: '#1' });
    assert.deepEqual(recordFromException(asException(error)), { verdict: 'fail', code: 'CONSUMER_OBLIGATION_FAILED', message: '1 finding(s) break SLOT-02', obligations: ['SLOT-02'], expected: 'the DoS id is sent', actual: ['#1 (ASID 9): no service parameter'], exchangeId: '#1' });
  });

  it('reads inconclusive errors and harness defects as inconclusive', () => {
    assert.deepEqual(recordFromException(asException(new InconclusiveError('INCONCLUSIVE_TIMEOUT', 'no response within 5000 ms', { exchangeId: 'x-2' }))), { verdict: 'inconclusive', code: 'INCONCLUSIVE_TIMEOUT', message: 'no response within 5000 ms', obligations: [], exchangeId: 'x-2' });
    assert.deepEqual(recordFromException(asException(new HarnessDefect('HARNESS_NO_EXCHANGE', 'no response to assert on'))), { verdict: 'inconclusive', code: 'HARNESS_NO_EXCHANGE', message: 'no response to assert on', obligations: [] });
  });

  it('leaves any other error to the step statuses', () => {
    assert.equal(recordFromException({ type: 'TypeError', message: 'x is undefined' }), undefined);
  });
});
