import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityGaps } from './identity-gaps.ts';

test('identityGaps: each unknown identity is a named gap; known ones are none', () => {
  assert.deepEqual(identityGaps({ consumers: [], serviceIds: [] }).map((g) => g.id), ['SSP-03', 'JWT-18', 'SSP-04', 'SLOT-02']);
  assert.deepEqual(identityGaps({ providerAsid: '1', consumers: [{ asid: '2', odsCode: 'A' }], serviceIds: ['3'] }), []);
  const [gap] = identityGaps({ consumers: [{ asid: '2', odsCode: 'A' }], serviceIds: ['3'] });
  assert.equal(gap.id, 'SSP-04');
  assert.match(gap.reason, /provider's ASID is not known.*--provider-asid/);
});
