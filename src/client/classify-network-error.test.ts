import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyNetworkError } from './classify-network-error.ts';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('classifyNetworkError', () => {
  const table: readonly [unknown, boolean, string][] = [
    [withCode('ECONNRESET'), false, 'reset'],
    [withCode('ECONNREFUSED'), false, 'refused'],
    [withCode('ENOTFOUND'), false, 'dns'],
    [withCode('ETIMEDOUT'), false, 'timeout'],
    [withCode('ERR_SSL_WRONG_VERSION_NUMBER'), false, 'tls'],
    [withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), false, 'tls'],
    [withCode('HPE_INVALID_CONSTANT'), false, 'protocol'],
    [withCode('ABORT_ERR'), true, 'timeout'],
    [new Error('no code'), false, 'other'],
    ['a string', false, 'other'],
  ];
  for (const [error, timedOut, kind] of table) {
    it(`${String((error as { code?: string }).code ?? error)} → ${kind}`, () => {
      assert.equal(classifyNetworkError(error, timedOut), kind);
    });
  }
});
