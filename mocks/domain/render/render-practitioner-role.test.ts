import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { renderPractitionerRole } from './render-practitioner-role.ts';

const store = new ProviderStore(buildDefaultFixture(Date.parse('2026-03-10T07:30:00Z')));
const SD = 'https://fhir.hl7.org.uk/STU3/StructureDefinition';

test('renderPractitionerRole: role profile id, SDSJobRoleName coding, practitioner reference (PROF-17)', () => {
  assert.deepEqual(renderPractitionerRole(store.practitionerRole('role-whitlow-gp')!, store), {
    resourceType: 'PractitionerRole',
    id: 'role-whitlow-gp',
    meta: { profile: [`${SD}/CareConnect-PractitionerRole-1`] },
    identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: '555021938801' }],
    practitioner: { reference: 'Practitioner/prac-whitlow' },
    code: [{ coding: [{ system: 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1', code: 'R0260', display: 'General Medical Practitioner' }] }],
  });
  const orphan = { id: 'r', practitionerId: 'prac-missing', sdsRoleProfileId: '1', roleCode: 'R0260', roleDisplay: 'GP' };
  assert.equal('practitioner' in renderPractitionerRole(orphan, store), false);
});
