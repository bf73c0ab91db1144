import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePolicy, STRICT_POLICY } from './conformance-policy.ts';

describe('resolvePolicy', () => {
  it('is the strict policy when nothing is relaxed', () => {
    assert.deepEqual(resolvePolicy(), STRICT_POLICY);
  });
  it('overrides only the keys a target relaxes', () => {
    const policy = resolvePolicy({ auth: { failureStatuses: [400, 401, 403] }, bundle: { totalPolicy: 'optional' } });
    assert.deepEqual(policy.auth, { failureStatuses: [400, 401, 403], clockSkewSeconds: 0, rfc6750Mode: false });
    assert.deepEqual(policy.bundle, { totalPolicy: 'optional', allowUnreferencedIncludes: false });
    assert.deepEqual(policy.slotSearch, STRICT_POLICY.slotSearch);
  });
  it('reads integrity.retryBehaviour as the shorthand for both interactions, each specific key winning over it (C-08)', () => {
    assert.deepEqual(resolvePolicy({ integrity: { retryBehaviour: 'replay' } }).integrity, { retryBehaviour: 'replay', createRetryBehaviour: 'replay', updateRetryBehaviour: 'replay' });
    assert.deepEqual(resolvePolicy({ integrity: { retryBehaviour: 'either', updateRetryBehaviour: 'conflict' } }).integrity, { retryBehaviour: 'either', createRetryBehaviour: 'either', updateRetryBehaviour: 'conflict' });
    assert.deepEqual(resolvePolicy({ integrity: { createRetryBehaviour: 'replay' } }).integrity, { retryBehaviour: 'conflict', createRetryBehaviour: 'replay', updateRetryBehaviour: 'conflict' });
  });
});
