import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { renderPractitioner } from './render-practitioner.ts';

const store = new ProviderStore(buildDefaultFixture(Date.parse('2026-03-10T07:30:00Z')));
const SD = 'https://fhir.hl7.org.uk/STU3/StructureDefinition';

test('renderPractitioner: sds-user-id identifier, name parts as arrays, empty parts left out (PROF-17, PROF-03)', () => {
  assert.deepEqual(renderPractitioner(store.practitioner('prac-okafor')!), {
    resourceType: 'Practitioner',
    id: 'prac-okafor',
    meta: { profile: [`${SD}/CareConnect-Practitioner-1`] },
    identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '702418559031' }],
    name: [{ family: 'Okafor', given: ['Adaeze'], prefix: ['Dr'] }],
    gender: 'female',
  });
  assert.deepEqual(renderPractitioner({ id: 'p', sdsUserId: '1', family: 'Solo', given: [] }).name, [{ family: 'Solo' }]);
});
