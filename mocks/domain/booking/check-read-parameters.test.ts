import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReadParameters } from './check-read-parameters.ts';

test('READ-07: only _format is accepted on a read', () => {
  assert.equal(checkReadParameters([]), undefined);
  assert.equal(checkReadParameters(['_format']), undefined);
  assert.deepEqual(checkReadParameters(['_format', '_elements']), {
    code: 'INVALID_PARAMETER', diagnostics: 'Parameter _elements is not supported on read', expression: ['_elements'],
  });
});
