import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { redactHeaders } from './redact-headers.ts';

describe('redactHeaders', () => {
  it('keeps an unsigned token as sent (it is evidence, not a secret)', () => {
    assert.deepEqual(redactHeaders({ Authorization: 'Bearer aGVhZA.Ym9keQ.' }), { Authorization: 'Bearer aGVhZA.Ym9keQ.' });
  });
  it('masks a signature segment', () => {
    assert.deepEqual(redactHeaders({ authorization: 'Bearer aGVhZA.Ym9keQ.c2ln' }), { authorization: 'Bearer aGVhZA.Ym9keQ.[signature redacted]' });
  });
  it('masks cookies and API keys and keeps the rest', () => {
    assert.deepEqual(redactHeaders({ Cookie: 'a=b', 'X-Api-Key': 'k', Accept: 'application/fhir+json' }), {
      Cookie: '[redacted]',
      'X-Api-Key': '[redacted]',
      Accept: 'application/fhir+json',
    });
  });
});
