import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeProviderConfig } from './merge-provider-config.ts';
import { strictProviderConfig } from './provider-config.ts';

test('known switches are applied', () => {
  const merged = mergeProviderConfig(strictProviderConfig, { authFailureStatus: 401, retryBehaviour: 'replay' });
  assert.ok(merged.ok);
  assert.equal(merged.config.authFailureStatus, 401);
  assert.equal(merged.config.retryBehaviour, 'replay');
  assert.equal(merged.config.unknownServiceStatus, 404);
});

const refusals: [string, Record<string, unknown>, string][] = [
  ['unknown key', { nope: true }, 'Unknown configuration key nope; known: '],
  ['wrong type', { clockSkewSeconds: '30' }, 'Configuration key clockSkewSeconds must be a number'],
  ['value outside the closed set', { authFailureStatus: 500 }, 'Configuration key authFailureStatus must be one of 403, 401, 400'],
  ['negative skew', { clockSkewSeconds: -1 }, 'Configuration key clockSkewSeconds must be a number of seconds, 0 or more'],
  ['array of non-strings', { serviceParamNames: [1] }, 'Configuration key serviceParamNames must be an array of strings'],
];

for (const [name, changes, message] of refusals) {
  test(`refused whole: ${name}`, () => {
    const merged = mergeProviderConfig(strictProviderConfig, { authFailureStatus: 401, ...changes });
    assert.equal(merged.ok, false);
    if (!merged.ok) {
      assert.equal(merged.problem.code, 'BAD_BODY');
      assert.ok(merged.problem.diagnostics.startsWith(message), merged.problem.diagnostics);
    }
  });
}
