import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeTokenLifetime } from './judge-token-lifetime.ts';
import { bearer } from '../../fixtures/judge-test-recording.ts';
import { REFERENCE_JWT_IAT } from '../../../spec/reference-jwt.ts';

const NOW = REFERENCE_JWT_IAT;

test('JWT-26: valid from iat up to (not including) exp, on the provider clock', () => {
  const table: [number, string, string][] = [
    [NOW, 'pass', 'the token was within its lifetime when sent'],
    [NOW + 299, 'pass', 'the token was within its lifetime when sent'],
    [NOW + 300, 'fail', 'the token had expired when it was sent: sent at 1773651900, 0 s on or after exp 1773651900'],
    [NOW - 1, 'fail', 'the token was issued in the future: iat 1773651600 is 1 s after the send time 1773651599 (is the clock synchronised? JWT-13)'],
  ];
  for (const [sentAt, outcome, message] of table) {
    const found = judgeTokenLifetime(bearer('metadata'), sentAt);
    assert.deepEqual([found?.outcome, found?.message], [outcome, message]);
  }
});

test('JWT-26 says nothing when there is no decodable token with integer times (JWT-01/10 do)', () => {
  assert.equal(judgeTokenLifetime(null, NOW), undefined);
  assert.equal(judgeTokenLifetime('Bearer abc', NOW), undefined);
  assert.equal(judgeTokenLifetime(bearer('metadata', { exp: 'later' }), NOW), undefined);
});
