import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { renderSchedule } from './render-schedule.ts';

const data = buildDefaultFixture(Date.parse('2026-03-10T07:30:00Z'));
const store = new ProviderStore(data);
const PROFILE = ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Schedule-1'];

test('renderSchedule: exactly one HealthcareService actor, the service searched for, then the other actors (C-13, SLOT-23)', () => {
  const schedule2 = store.schedule('schedule-2')!;
  const cases = [
    ['hs-utc', store.serviceByDosId('2329483525')],
    ['hs-ooh', store.serviceByDosId('0123944122')],
  ] as const;
  for (const [serviceId, service] of cases) {
    assert.deepEqual(renderSchedule(schedule2, service, store), {
      resourceType: 'Schedule',
      id: 'schedule-2',
      meta: { profile: PROFILE },
      identifier: [{ system: 'https://mock-provider.example.nhs.uk/Id/diary', value: 'D-002' }],
      actor: [
        { reference: `HealthcareService/${serviceId}` },
        { reference: 'Practitioner/prac-whitlow' },
        { reference: 'PractitionerRole/role-whitlow-gp' },
      ],
      comment: 'Schedule 2',
    }, serviceId);
  }
});

test('renderSchedule: actors the provider does not hold are not referenced; no empty actor array (C-28, PROF-03)', () => {
  const orphan = { id: 'sch-x', name: 'X', identifier: { system: 's', value: 'v' }, practitionerId: 'prac-missing', locationId: 'loc-missing' };
  assert.deepEqual(renderSchedule(orphan, undefined, store), {
    resourceType: 'Schedule', id: 'sch-x', meta: { profile: PROFILE }, identifier: [{ system: 's', value: 'v' }], comment: 'X',
  });
});
