import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../fixtures/default-fixture.ts';
import type { FaultContext, FaultResult } from './fault-behaviour.ts';
import { faithfulSearchset as searchsetOf } from '../../test/mock/faithful-searchset.ts';
import { faultHooks } from './fault-hooks.ts';
import type { MockFault } from './mock-fault.ts';
import { entriesOf, type Entry, type Json } from './searchset-transform.ts';

const BASE = 'https://p.example/base';
const NOW = Date.parse('2026-03-16T09:00:00Z');
const data = buildDefaultFixture(NOW);
const ctx: FaultContext = { interaction: 'slot-search', method: 'GET', url: `${BASE}/Slot`, baseUrl: BASE, nowMs: NOW, data, currentAppointment: () => undefined };

const faithfulSearchset = (): FaultResult => searchsetOf(data, NOW, BASE);

function faulty(fault: MockFault, result: FaultResult = faithfulSearchset()): FaultResult {
  return faultHooks(new Set([fault])).result(result, ctx);
}

const resources = (result: FaultResult, type: string): Json[] => entriesOf(result.body as Json).filter((e) => e.resource.resourceType === type).map((e) => e.resource);
const keys = (result: FaultResult): string[] => entriesOf(result.body as Json).map((e: Entry) => `${String(e.resource.resourceType)}/${String(e.resource.id)}`);

describe('searchset faults', () => {
  const before = faithfulSearchset();
  const busy = resources(before, 'Slot').filter((slot) => slot.status === 'busy').length;

  const table: readonly [MockFault, string, (after: FaultResult) => void][] = [
    ['relative-fullurl', 'every fullUrl is Type/id', (after) => assert.deepEqual(entriesOf(after.body as Json).map((e) => e.fullUrl), keys(before))],
    ['include-drops-practitioners', 'no Practitioner, all else kept', (after) => assert.deepEqual(keys(after), keys(before).filter((k) => !k.startsWith('Practitioner/')))],
    ['include-unreferenced-location', 'the Location nothing reaches is added', (after) => assert.deepEqual(keys(after), [...keys(before), 'Location/loc-hillside'])],
    ['duplicate-included-schedule', 'each Schedule twice', (after) => assert.equal(resources(after, 'Schedule').length, 2 * resources(before, 'Schedule').length)],
    ['total-counts-includes', 'total counts every entry', (after) => assert.equal((after.body as Json).total, keys(before).length)],
    ['nonstandard-slot-status', 'busy becomes booked', (after) => assert.equal(resources(after, 'Slot').filter((s) => s.status === 'booked').length, busy)],
    ['slot-identifier-not-array', 'identifier is an object', (after) => assert.deepEqual(resources(after, 'Slot')[0].identifier, (resources(before, 'Slot')[0].identifier as Json[])[0])],
    ['default-delivery-channel', 'every Slot has a channel', (after) => assert.ok(resources(after, 'Slot').every((s) => Array.isArray(s.extension)))],
    ['slot-times-without-zone', 'no zone', (after) => assert.match(String(resources(after, 'Slot')[0].start), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)],
    ['slot-times-without-seconds', 'no seconds', (after) => assert.match(String(resources(after, 'Slot')[0].end), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(Z|\+00:00)$/)],
    ['slot-times-in-local-offset', 'the same instant in +01:00', (after) => {
      const [slot] = resources(after, 'Slot');
      assert.match(String(slot.start), /\+01:00$/);
      assert.equal(Date.parse(String(slot.start)), Date.parse(String(resources(before, 'Slot')[0].start)));
    }],
    ['schedule-without-hcs-actor', 'no HealthcareService actor', (after) => assert.ok(resources(after, 'Schedule').every((s) => !JSON.stringify(s.actor ?? []).includes('HealthcareService/')))],
    ['wrong-profile-url', 'the base Schedule profile', (after) => assert.deepEqual(resources(after, 'Schedule')[0].meta, { profile: ['http://hl7.org/fhir/StructureDefinition/Schedule'] })],
    ['hcs-identifier-internal-id', 'the internal id as identifier', (after) => assert.deepEqual(resources(after, 'HealthcareService')[0].identifier, [{ system: 'https://provider.example.nhs.uk/Id/service', value: 'hs-utc' }])],
    ['location-without-address', 'no address', (after) => assert.ok(resources(after, 'Location').every((l) => l.address === undefined))],
    ['invalid-gender-code', 'a capitalised gender', (after) => assert.deepEqual(resources(after, 'Practitioner').map((p) => p.gender), ['Female', 'Male'])],
  ];
  for (const [fault, what, check] of table) {
    it(`${fault}: ${what}`, () => check(faulty(fault)));
  }

  it('empty-search-404 answers a search without slots with 404 and an OperationOutcome, and leaves others alone', () => {
    const empty = faulty('empty-search-404', { status: 200, body: { resourceType: 'Bundle', type: 'searchset', total: 0 } });
    assert.equal(empty.status, 404);
    assert.equal((empty.body as Json).resourceType, 'OperationOutcome');
    assert.equal(faulty('empty-search-404', before), before);
  });

  it('acts only on the searchset of a successful slot search', () => {
    const outcome = { status: 400, body: { resourceType: 'OperationOutcome' } };
    assert.equal(faultHooks(new Set<MockFault>(['relative-fullurl'])).result(outcome, ctx), outcome);
    assert.equal(faultHooks(new Set<MockFault>(['relative-fullurl'])).result(before, { ...ctx, interaction: 'metadata' }), before);
  });
});
