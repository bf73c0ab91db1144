import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { renderHealthcareService } from './render-healthcare-service.ts';

const store = new ProviderStore(buildDefaultFixture(Date.parse('2026-03-10T07:30:00Z')));
const PROFILE = ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1'];

test('renderHealthcareService: one identifier carrying the DoS id, location 0..1, providedBy (C-14, PROF-16)', () => {
  assert.deepEqual(renderHealthcareService(store.serviceByDosId('0123944122')!, store), {
    resourceType: 'HealthcareService',
    id: 'hs-ooh',
    meta: { profile: PROFILE },
    identifier: [{ system: 'https://provider.example.nhs.uk/Id/dos-service-id', value: '0123944122' }],
    providedBy: { reference: 'Organization/org-provider' },
    location: [{ reference: 'Location/loc-hillside' }],
    name: 'OOH GP Service',
  });
});

test('renderHealthcareService: no reference to a location or organisation the provider does not hold (C-28)', () => {
  const service = { id: 'hs-x', dosId: '1', name: 'X', locationId: 'loc-missing', organizationId: 'org-missing' };
  assert.deepEqual(renderHealthcareService(service, store), {
    resourceType: 'HealthcareService', id: 'hs-x', meta: { profile: PROFILE }, identifier: [{ system: 'https://provider.example.nhs.uk/Id/dos-service-id', value: '1' }], name: 'X',
  });
});
