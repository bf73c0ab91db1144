import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture, CONSUMER_A1001, CONSUMER_B2002, SERVICE_OOH, SERVICE_UTC, SERVICE_WALK_IN } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import { strictProviderConfig, type ProviderConfig } from '../provider-config.ts';
import type { ProviderData, RequestingConsumer } from '../types.ts';
import { uuidFromString } from '../uuid-from-string.ts';
import { parseSlotQuery } from './parse-slot-query.ts';
import { searchSlots } from './search-slots.ts';
import { toSearchsetBundle, type SearchsetBundle } from './to-searchset-bundle.ts';

const NOW = Date.parse('2026-03-10T07:30:00Z');
const BASE = 'https://mock.example.nhs.uk/STU3/1/careconnect/booking';
const DAY = 'start=ge2026-03-11T00:00:00Z&start=le2026-03-11T23:59:59Z';
const ALL = '_include=*';

function bundleFor(
  q: string,
  { consumer = CONSUMER_A1001, config = strictProviderConfig, data = buildDefaultFixture(NOW) }: { consumer?: RequestingConsumer; config?: ProviderConfig; data?: ProviderData } = {},
): SearchsetBundle {
  const parsed = parseSlotQuery([...new URLSearchParams(q)], config);
  assert.ok(parsed.ok, q);
  const store = new ProviderStore(data);
  const found = searchSlots(parsed.query, consumer, store, NOW, config);
  assert.ok(found.ok, q);
  return toSearchsetBundle(found.result, parsed.query, store, { baseUrl: BASE, selfUrl: `${BASE}/Slot?self`, bundleId: 'bundle-1', nowIso: '2026-03-10T07:30:00.000+00:00', config });
}

const keys = (bundle: SearchsetBundle): string[] => (bundle.entry ?? []).filter((e) => e.search.mode === 'include').map((e) => `${e.resource.resourceType}/${e.resource.id}`);

/** Every reference any entry makes, as `Type/id`. */
function referencesOf(bundle: SearchsetBundle): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const { resource } of bundle.entry ?? []) {
    const from = `${resource.resourceType}/${resource.id}`;
    const refs: ({ reference: string } | undefined)[] = [];
    if (resource.resourceType === 'Slot') refs.push(resource.schedule);
    if (resource.resourceType === 'Schedule') refs.push(...(resource.actor ?? []));
    if (resource.resourceType === 'HealthcareService') refs.push(resource.providedBy, ...(resource.location ?? []));
    if (resource.resourceType === 'PractitionerRole') refs.push(resource.practitioner);
    for (const ref of refs) if (ref) out.push({ from, to: ref.reference });
  }
  return out;
}

test('toSearchsetBundle: searchset shape, total = matched Slots, absolute fullUrls, match before include (SLOT-25, SLOT-30, C-27)', () => {
  const bundle = bundleFor(`service=${SERVICE_UTC}&${DAY}&status=free&${ALL}`);
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'searchset');
  assert.equal(bundle.id, 'bundle-1');
  assert.deepEqual(bundle.meta, { lastUpdated: '2026-03-10T07:30:00.000+00:00' });
  assert.deepEqual(bundle.link, [{ relation: 'self', url: `${BASE}/Slot?self` }]);
  const entries = bundle.entry ?? [];
  const slots = entries.filter((e) => e.search.mode === 'match');
  assert.equal(bundle.total, slots.length);
  assert.ok(slots.length > 20 && entries.length > slots.length);
  assert.ok(slots.every((e) => e.resource.resourceType === 'Slot'));
  assert.deepEqual(entries.slice(0, slots.length), slots, 'matches first');
  for (const e of entries) assert.equal(e.fullUrl, `${BASE}/${e.resource.resourceType}/${e.resource.id}`);
});

test('toSearchsetBundle: a shared schedule is described with the service searched for, and only that service is included (C-13)', () => {
  const cases: readonly [string, string[]][] = [
    [SERVICE_WALK_IN, ['Schedule/schedule-1', 'HealthcareService/hs-walk-in', 'Practitioner/prac-okafor', 'Location/loc-riverside', 'Organization/org-provider']],
    [SERVICE_UTC, ['Schedule/schedule-1', 'Schedule/schedule-2', 'HealthcareService/hs-utc', 'Practitioner/prac-okafor', 'Practitioner/prac-whitlow', 'PractitionerRole/role-whitlow-gp', 'Location/loc-riverside', 'Organization/org-provider']],
    [SERVICE_OOH, ['Schedule/schedule-2', 'Schedule/schedule-3', 'HealthcareService/hs-ooh', 'Practitioner/prac-whitlow', 'Practitioner/prac-penrose', 'PractitionerRole/role-whitlow-gp', 'Location/loc-hillside', 'Organization/org-provider']],
  ];
  for (const [service, expected] of cases) {
    const bundle = bundleFor(`service=${service}&${DAY}&${ALL}`);
    // SLOT-28: each related resource once, although many slots refer to it.
    assert.deepEqual(keys(bundle), expected, service);
    const hcs = bundle.entry?.find((e) => e.resource.resourceType === 'HealthcareService')?.resource;
    for (const e of bundle.entry ?? []) {
      if (e.resource.resourceType !== 'Schedule') continue;
      const hcsActors = (e.resource.actor ?? []).filter((a) => a.reference.startsWith('HealthcareService/'));
      assert.deepEqual(hcsActors, [{ reference: `HealthcareService/${hcs?.id}` }], `${service} ${e.resource.id}`);
    }
  }
});

test('toSearchsetBundle: with every include, every reference resolves inside the Bundle and every include is referenced (SLOT-22, SLOT-27, C-28)', () => {
  for (const consumer of [CONSUMER_A1001, CONSUMER_B2002]) {
    for (const service of [SERVICE_WALK_IN, SERVICE_UTC, SERVICE_OOH]) {
      const bundle = bundleFor(`service=${service}&${DAY}&${ALL}`, { consumer });
      const present = new Set((bundle.entry ?? []).map((e) => `${e.resource.resourceType}/${e.resource.id}`));
      const refs = referencesOf(bundle);
      for (const { from, to } of refs) assert.ok(present.has(to), `${from} → ${to} must resolve`);
      for (const key of keys(bundle)) assert.ok(refs.some((r) => r.to === key), `${key} must be referenced`);
    }
  }
});

test('toSearchsetBundle: each include in turn adds what it names, with the chain that reaches it (SLOT-20, SLOT-22, SLOT-27)', () => {
  const q = `service=${SERVICE_UTC}&${DAY}`;
  const cases: readonly [string, string[]][] = [
    ['', []],
    ['_include=Slot:schedule', ['Schedule/schedule-1', 'Schedule/schedule-2']],
    ['_include=Slot:schedule&_include=Schedule:actor:Practitioner', ['Schedule/schedule-1', 'Schedule/schedule-2', 'Practitioner/prac-okafor', 'Practitioner/prac-whitlow']],
    ['_include=Slot:schedule&_include=Schedule:actor:PractitionerRole', ['Schedule/schedule-1', 'Schedule/schedule-2', 'PractitionerRole/role-whitlow-gp']],
    ['_include=Slot:schedule&_include=Schedule:actor:Location', ['Schedule/schedule-1', 'Schedule/schedule-2', 'Location/loc-riverside']],
    ['_include=Slot:schedule&_include=Schedule:actor:HealthcareService', ['Schedule/schedule-1', 'Schedule/schedule-2', 'HealthcareService/hs-utc']],
    ['_include=Slot:schedule&_include=Schedule:actor:HealthcareService&_include=HealthcareService:organization', ['Schedule/schedule-1', 'Schedule/schedule-2', 'HealthcareService/hs-utc', 'Organization/org-provider']],
    // Location reached both as a Schedule actor and as the service's location: once (SLOT-28).
    ['_include=Slot:schedule&_include=Schedule:actor:Location&_include=Schedule:actor:HealthcareService&_include=HealthcareService:location', ['Schedule/schedule-1', 'Schedule/schedule-2', 'HealthcareService/hs-utc', 'Location/loc-riverside']],
    // A second-level include alone brings its parents, so what it names is present and referenced.
    ['_include=Schedule:actor:Practitioner', ['Schedule/schedule-1', 'Schedule/schedule-2', 'Practitioner/prac-okafor', 'Practitioner/prac-whitlow']],
    ['_include:iterate=HealthcareService:location', ['Schedule/schedule-1', 'Schedule/schedule-2', 'HealthcareService/hs-utc', 'Location/loc-riverside']],
    // Unsupported includes change nothing (SLOT-21).
    ['_include=Slot:schedule&_include=Appointment:slot&_revinclude=*', ['Schedule/schedule-1', 'Schedule/schedule-2']],
  ];
  for (const [includes, expected] of cases) assert.deepEqual(keys(bundleFor(`${q}&${includes}`)), expected, includes);
});

test('toSearchsetBundle: every include spelling gives the same Bundle (C-03, SLOT-24)', () => {
  const q = `service=${SERVICE_OOH}&${DAY}&status=free`;
  const variants = [
    '_include=Slot:schedule&_include:iterate=Schedule:actor:Practitioner&_include:iterate=Schedule:actor:PractitionerRole&_include:iterate=Schedule:actor:HealthcareService&_include:iterate=HealthcareService:location&_include:iterate=HealthcareService:Organization',
    '_include=Slot.schedule&_include=Schedule:actor:Practitioner&_include=Schedule:actor:PractitionerRole&_include=Schedule:actor:HealthcareService&_include=HealthcareService.location&_include=HealthcareService.providedBy',
    '_include:recurse=slot:schedule&_include:recurse=schedule.actor.practitioner&_include:recurse=Schedule:actor:practitionerrole&_include:recurse=Schedule:actor:healthcareservice&_include:recurse=HealthcareService:Location&_include:recurse=HealthcareService:organization',
  ];
  const [first, ...rest] = variants.map((v) => bundleFor(`${q}&${v}`).entry);
  assert.ok(first && first.length > 0);
  for (const entries of rest) assert.deepEqual(entries, first);
});

test('toSearchsetBundle: no slot → total 0 and no entries; C-06 outcome entry only when slots were withheld and configured (SLOT-29)', () => {
  const data = buildDefaultFixture(NOW);
  // Every schedule released to someone else: the consumer loses every slot to release rules.
  const elsewhere = { ...data, schedules: data.schedules.map((s) => ({ ...s, release: { odsCodes: ['Z9Z9Z'] } })) };
  const quiet = bundleFor(`service=${SERVICE_UTC}&${DAY}&${ALL}`, { data: elsewhere });
  assert.deepEqual({ ...quiet }, { resourceType: 'Bundle', id: 'bundle-1', meta: { lastUpdated: '2026-03-10T07:30:00.000+00:00' }, type: 'searchset', total: 0, link: [{ relation: 'self', url: `${BASE}/Slot?self` }] });
  assert.equal('entry' in quiet, false);

  const outcomeConfig = { ...strictProviderConfig, outcomeWhenFiltered: true };
  const told = bundleFor(`service=${SERVICE_UTC}&${DAY}&${ALL}`, { data: elsewhere, config: outcomeConfig });
  assert.equal(told.total, 0);
  const outcomeId = uuidFromString('bundle-1/outcome');
  assert.deepEqual(told.entry, [{
    fullUrl: `urn:uuid:${outcomeId}`,
    resource: {
      resourceType: 'OperationOutcome',
      id: outcomeId,
      meta: { profile: ['http://hl7.org/fhir/StructureDefinition/OperationOutcome'] },
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'No slots are available to this consumer: 60 slot(s) matching the search are released only to other consumers' }],
    },
    search: { mode: 'outcome' },
  }]);
  // Nothing withheld (the window is simply empty): no outcome even with the switch on.
  assert.equal('entry' in bundleFor(`service=${SERVICE_UTC}&start=ge2027-01-01&${ALL}`, { config: outcomeConfig }), false);
});
