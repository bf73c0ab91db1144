import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CircuitBreaker } from './circuit-breaker.ts';

test('opens after the threshold of consecutive connection-level failures, and stays open', () => {
  const breaker = new CircuitBreaker(3);
  breaker.recordFailure('timeout', 'no complete response within 300 ms');
  breaker.recordFailure('reset', 'socket hang up');
  assert.equal(breaker.openReason, undefined);
  breaker.recordFailure('refused', 'connect ECONNREFUSED 127.0.0.1:9');
  assert.equal(breaker.openReason, 'target unreachable: 3 consecutive connection-level failures (last: refused, connect ECONNREFUSED 127.0.0.1:9); the rest of the run is not sent');
  breaker.recordAnswer();
  breaker.recordFailure('tls', 'bad certificate');
  assert.match(breaker.openReason ?? '', /^target unreachable: 3 consecutive/);
});

test('an answer, or a failure that is not connection-level, breaks the run of failures', () => {
  const breaker = new CircuitBreaker(2);
  breaker.recordFailure('timeout', 'a');
  breaker.recordAnswer();
  breaker.recordFailure('timeout', 'b');
  assert.equal(breaker.openReason, undefined);
  breaker.recordFailure('protocol', 'HPE_INVALID_CONSTANT');
  breaker.recordFailure('dns', 'getaddrinfo ENOTFOUND x');
  assert.equal(breaker.openReason, undefined);
  breaker.recordFailure('dns', 'getaddrinfo ENOTFOUND x');
  assert.match(breaker.openReason ?? '', /^target unreachable: 2 consecutive connection-level failures \(last: dns, getaddrinfo ENOTFOUND x\)/);
});

test('the threshold must be a positive integer', () => {
  assert.throws(() => new CircuitBreaker(0), { name: 'RangeError', message: 'a circuit breaker needs a threshold of 1 or more, got 0' });
});
