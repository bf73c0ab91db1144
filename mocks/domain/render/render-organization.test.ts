import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { renderOrganization } from './render-organization.ts';

const store = new ProviderStore(buildDefaultFixture(Date.parse('2026-03-10T07:30:00Z')));
const SD = 'https://fhir.hl7.org.uk/STU3/StructureDefinition';

test('renderOrganization: ods-organization-code identifier', () => {
  assert.deepEqual(renderOrganization(store.organization('org-provider')!), {
    resourceType: 'Organization',
    id: 'org-provider',
    meta: { profile: [`${SD}/CareConnect-Organization-1`] },
    identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'RX9' }],
    name: 'Riverside Urgent Care Ltd',
  });
});
