import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finding } from './finding.ts';

test('finding leaves evidence out when there is none, and keeps falsy evidence', () => {
  assert.deepEqual(finding('JWT-10', 'pass', 'exp = iat + 300'), { obligation: 'JWT-10', outcome: 'pass', message: 'exp = iat + 300' });
  assert.deepEqual(finding('SSP-02', 'fail', 'm', null), { obligation: 'SSP-02', outcome: 'fail', message: 'm', evidence: null });
  assert.deepEqual(finding('XTI-01', 'warn', 'm', 0), { obligation: 'XTI-01', outcome: 'warn', message: 'm', evidence: 0 });
});
