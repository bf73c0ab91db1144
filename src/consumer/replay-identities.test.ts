import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReplayIdentities, parseConsumerFlag, ReplayIdentitiesError } from './replay-identities.ts';

test('replay identities: a valid file has no problems; each problem names its field', () => {
  assert.deepEqual(checkReplayIdentities({ baseUrl: 'https://p.example/b', providerAsid: '918999198738', consumers: [{ asid: '200000000115', odsCode: 'P81001' }], serviceIds: ['1'] }), []);
  assert.deepEqual(checkReplayIdentities({ providerAsid: 'abc', consumers: [{ asid: '1' }], extra: 1 }), [
    'identities.extra: is not a known field',
    'identities.providerAsid: must match pattern "^[0-9]{1,20}$"',
    'identities.consumers[0].odsCode: is required',
  ]);
});

test('--consumer ASID:ODS', () => {
  assert.deepEqual(parseConsumerFlag('200000000115:P81001'), { asid: '200000000115', odsCode: 'P81001' });
  assert.throws(() => parseConsumerFlag('P81001'), ReplayIdentitiesError);
});
