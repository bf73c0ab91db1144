import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { TokenState } from './token-state.ts';

describe('TokenState', () => {
  it('is the spec default token at the local clock', () => {
    assert.deepEqual(new TokenState().spec(1000, 0), { defect: 'none', practitioner: 'present', nowSec: 1000 });
  });
  it('times an expiry defect by the provider clock, moved back by the allowed skew', () => {
    const state = new TokenState();
    state.timeByProvider(5000);
    state.useDefect('expired');
    assert.equal(state.spec(1000, 30).nowSec, 4970);
  });
  it('merges explicit claims', () => {
    const state = new TokenState();
    state.useClaims({ exp: 1 });
    state.useClaims({ iat: 0 });
    state.usePractitioner('absent');
    assert.deepEqual(state.spec(10, 0), { defect: 'none', practitioner: 'absent', nowSec: 10, overrides: { exp: 1, iat: 0 } });
  });
  it('gives the pinned provider clock, and calls asking before it was pinned a harness defect', () => {
    const state = new TokenState();
    assert.throws(() => state.pinnedProviderNowSec(), (error: unknown) => error instanceof HarnessDefect && error.code === 'HARNESS_ERROR');
    state.timeByProvider(5000);
    assert.equal(state.pinnedProviderNowSec(), 5000);
  });
});
