import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { renderLocation } from './render-location.ts';

const store = new ProviderStore(buildDefaultFixture(Date.parse('2026-03-10T07:30:00Z')));
const SD = 'https://fhir.hl7.org.uk/STU3/StructureDefinition';

test('renderLocation: site code and the actual address with postcode (SLOT-34)', () => {
  assert.deepEqual(renderLocation(store.location('loc-hillside')!), {
    resourceType: 'Location',
    id: 'loc-hillside',
    meta: { profile: [`${SD}/CareConnect-Location-1`] },
    identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-site-code', value: 'RX9K3' }],
    name: 'Hillside Out of Hours Base',
    address: { use: 'work', line: ['2 Quarry Road'], city: 'Kingsbridge', postalCode: 'KB4 9HD' },
  });
  const noLines = { id: 'l', odsSiteCode: 'X', name: 'N', line: [], city: 'C', postalCode: 'P1 1PP' };
  assert.deepEqual(renderLocation(noLines).address, { use: 'work', city: 'C', postalCode: 'P1 1PP' });
});
