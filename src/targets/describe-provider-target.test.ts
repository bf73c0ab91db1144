import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../../mocks/fixtures/default-fixture.ts';
import { loadProviderFile } from '../../mocks/provider-file/load-provider-file.ts';
import { describeProviderTarget } from './describe-provider-target.ts';
import { validateTargetConfig } from './validate-target-config.ts';

const NOW = Date.parse('2026-03-16T07:00:00Z');
const BASE = 'http://127.0.0.1:4000/STU3/1/careconnect/booking';

test('derived from the default provider: every fact the data supports, and a valid target', () => {
  const target = describeProviderTarget(buildDefaultFixture(NOW), NOW, BASE);
  assert.deepEqual(validateTargetConfig(target, '.'), []);
  assert.deepEqual(target.consumers.map((c) => `${c.role} ${c.odsCode} ${c.asid}`), ['primary A1001 900000000101', 'restricted B2002 900000000202']);
  assert.equal(target.providerAsid, '900000000001');
  assert.deepEqual(target.services, {
    withFreeSlots: '2329483525',
    sharedSchedulePair: ['124459850', '2329483525'],
    multiSchedule: '2329483525',
    withWithheldSlots: '124459850',
    withUnrecordedChannel: '0123944122',
  });
  assert.deepEqual(target.oracle, {
    schedulesByService: { 124459850: ['schedule-1'], 2329483525: ['schedule-1', 'schedule-2'], '0123944122': ['schedule-2', 'schedule-3'] },
    schedulesWithoutDeliveryChannel: ['schedule-3'],
    hasBusySlots: true,
    appointmentsOwnerOnly: true,
    holds: ['Practitioner', 'PractitionerRole', 'Location', 'Organization'],
  });
  assert.deepEqual(target.search, { horizonDays: 7, emptyWindow: { fromDays: 8, toDays: 9 } });
  assert.deepEqual(target.serverFailure, { via: 'mock-chaos', origin: 'http://127.0.0.1:4000' });
});

test('a provider whose switches open appointments to every organisation does not declare them owner-only (JWT-23)', () => {
  const target = describeProviderTarget(buildDefaultFixture(NOW), NOW, BASE, { appointmentAccess: 'any' });
  assert.equal(target.oracle?.appointmentsOwnerOnly, undefined);
});

test('derived from the issue example: one consumer, weekday and weekend diaries; no restricted consumer to speak as', () => {
  const provider = loadProviderFile(new URL('../../examples/trumpton.provider.yaml', import.meta.url).pathname);
  const friday = Date.parse('2026-03-13T12:00:00Z');
  const target = describeProviderTarget(provider.build(friday), friday, BASE);
  assert.deepEqual(validateTargetConfig(target, '.'), []);
  assert.deepEqual(target.consumers.map((c) => c.role), ['primary']);
  assert.equal(target.services.withWithheldSlots, undefined);
  assert.equal(target.services.withFreeSlots, '2329483525');
  assert.deepEqual(target.oracle?.schedulesByService, { 124459850: ['schedule-1'], 2329483525: ['schedule-1', 'schedule-2'], '0123944122': ['schedule-2', 'schedule-3'] });
  assert.equal(target.providerAsid, '918999198738');
  // Its schedules name no actor and its services no location or organisation (SLOT-21: not held).
  assert.deepEqual(target.oracle?.holds, []);
});
