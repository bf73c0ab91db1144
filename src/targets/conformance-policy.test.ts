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
});
