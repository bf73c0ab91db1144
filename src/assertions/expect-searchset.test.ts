import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePolicy, STRICT_POLICY } from '../targets/conformance-policy.ts';
import type { WarningRecord } from '../verdict/verdict.ts';
import { expectIncludedReferencesResolve, expectNoUnreferencedIncludes, expectTotalMatchesSlots, expectUniqueEntries } from './expect-bundle-integrity.ts';
import { expectEmptySearchset } from './expect-empty-searchset.ts';
import { expectSearchsetBundle } from './expect-searchset-bundle.ts';
import { expectScheduleServiceActors, expectServiceIdentifiers, expectSlotsFromEverySchedule, expectSlotsOnlyFromSchedulesOf } from './expect-service-mapping.ts';
import { expectSameSlots, expectWithheldSlotsMissing } from './expect-same-results.ts';
import { expectSlotFields, expectSlotStatusesIn } from './expect-slot-content.ts';
import { fakeExchange, includeEntry, searchset, slotEntry } from './fake-exchange.ts';
import { mergePages, readSearchset, slotIds } from '../fhir/searchset-view.ts';

const HS_A = includeEntry({ resourceType: 'HealthcareService', id: 'hs-a', identifier: [{ value: '111' }] });
const HS_B = includeEntry({ resourceType: 'HealthcareService', id: 'hs-b', identifier: [{ value: '222' }] });
const SCHEDULE_1 = includeEntry({ resourceType: 'Schedule', id: 's1', actor: [{ reference: 'HealthcareService/hs-a' }] });
const SCHEDULE_2 = includeEntry({ resourceType: 'Schedule', id: 's2', actor: [{ reference: 'HealthcareService/hs-b' }] });
const view = (entries: readonly Record<string, unknown>[], id = 'x-test-1', total?: number) => readSearchset(fakeExchange({ body: total === undefined ? searchset(entries) : searchset(entries, total), id }));

describe('expectSearchsetBundle (SLOT-25)', () => {
  it('accepts a searchset and warns when the self link is missing', () => {
    const warnings: WarningRecord[] = [];
    expectSearchsetBundle(fakeExchange({ body: { ...searchset([slotEntry('a', 's1')]), link: [] } }), (w) => warnings.push(w));
    assert.deepEqual(warnings.map((w) => w.code), ['NO_SELF_LINK']);
  });
  it('fails a collection Bundle and a relative fullUrl', () => {
    assert.throws(() => expectSearchsetBundle(fakeExchange({ body: { ...searchset([]), type: 'collection' } }), () => undefined), { code: 'NOT_SEARCHSET', reason: 'Bundle.type is "collection"' });
    const relative = { ...slotEntry('a', 's1'), fullUrl: 'Slot/a' };
    assert.throws(() => expectSearchsetBundle(fakeExchange({ body: searchset([relative]) }), () => undefined), { code: 'FULLURL_NOT_ABSOLUTE', actual: ['entry[0]: "Slot/a"'] });
  });
  // A refused or malformed answer breaks what the scenario exercises, not only the Bundle shape.
  const outcome = { resourceType: 'OperationOutcome', id: 'o1', issue: [] };
  const cases: readonly [string, Parameters<typeof fakeExchange>[0], readonly string[], string, readonly string[]][] = [
    ['a refusal, in a scenario of SLOT-01', { status: 400, body: outcome }, ['SLOT-01'], 'STATUS_MISMATCH', ['SLOT-25', 'SLOT-01']],
    ['a refusal, with no scenario obligations', { status: 400, body: outcome }, [], 'STATUS_MISMATCH', ['SLOT-25']],
    ['an OperationOutcome answered with 200', { body: outcome }, ['JWT-19'], 'WRONG_RESOURCE_TYPE', ['SLOT-25', 'JWT-19']],
    ['a collection Bundle, in a scenario tagged SLOT-25 too', { body: { ...searchset([]), type: 'collection' } }, ['SLOT-25', 'SLOT-21'], 'NOT_SEARCHSET', ['SLOT-25', 'SLOT-21']],
    ['a relative fullUrl', { body: searchset([{ ...slotEntry('a', 's1'), fullUrl: 'Slot/a' }]) }, ['JWT-21'], 'FULLURL_NOT_ABSOLUTE', ['SLOT-25', 'JWT-21']],
    ['an XML answer', { headers: { 'content-type': 'application/fhir+xml;charset=utf-8' }, body: searchset([]) }, ['SLOT-29'], 'CONTENT_TYPE', ['SLOT-25', 'SLOT-29', 'HTTP-07']],
  ];
  for (const [name, answer, scenario, code, obligations] of cases) {
    it(`names SLOT-25 and the scenario's obligations for ${name}`, () => {
      assert.throws(() => expectSearchsetBundle(fakeExchange(answer), () => undefined, scenario), { code, obligations });
    });
  }
});

describe('service mapping (SLOT-07, SLOT-12, SLOT-23, PROF-16)', () => {
  const mixed = view([slotEntry('a', 's1'), slotEntry('b', 's2'), SCHEDULE_1, SCHEDULE_2, HS_A, HS_B]);
  it('fails a slot of another service\'s schedule, by the oracle and by the included service', () => {
    assert.throws(() => expectSlotsOnlyFromSchedulesOf(mixed, '111', ['s1'], STRICT_POLICY), {
      code: 'SLOT_FROM_UNMAPPED_SCHEDULE',
      obligations: ['SLOT-07'],
      actual: ['Slot/b (Schedule/s2): schedule not mapped to 111; mapped: s1', 'Slot/b (Schedule/s2): its schedule serves 222'],
    });
  });
  it('passes when every slot belongs to the service', () => {
    assert.doesNotThrow(() => expectSlotsOnlyFromSchedulesOf(view([slotEntry('a', 's1'), SCHEDULE_1, HS_A]), '111', ['s1'], STRICT_POLICY));
  });
  it('fails a slot whose schedule was not included', () => {
    assert.throws(() => expectSlotsOnlyFromSchedulesOf(view([slotEntry('a', 's9')]), '111', undefined, STRICT_POLICY), { code: 'UNRESOLVED_REFERENCE', obligations: ['SLOT-22'] });
  });
  it('requires every mapped diary in one response', () => {
    assert.throws(() => expectSlotsFromEverySchedule(view([slotEntry('a', 's1')]), ['s1', 's2']), { code: 'SCHEDULES_MISSING', actual: ['s1'] });
    assert.doesNotThrow(() => expectSlotsFromEverySchedule(mixed, undefined));
  });
  it('requires each schedule to name the searched service only (C-13 strict)', () => {
    assert.throws(() => expectScheduleServiceActors(mixed, '111', STRICT_POLICY), { code: 'SCHEDULE_SERVICE_ACTOR', actual: ["Schedule/s2's HealthcareService actor HealthcareService/hs-b is not the searched service 111"] });
    assert.doesNotThrow(() => expectScheduleServiceActors(mixed, '111', resolvePolicy({ schedule: { hcsActor: 'atLeastOne' } })));
  });
  // SLOT-23 alone when the Bundle shows the actor is another service (or none); PROF-16 and C-14
  // too when the searched service may be there but not identified by its DoS id.
  const internalId = includeEntry({ resourceType: 'HealthcareService', id: 'hs-a', identifier: [{ value: 'hs-a' }] });
  const withoutActor = includeEntry({ resourceType: 'Schedule', id: 's3', actor: [{ reference: 'Location/l1' }] });
  const unresolved = includeEntry({ resourceType: 'Schedule', id: 's4', actor: [{ reference: 'HealthcareService/hs-z' }] });
  const actorCases: readonly [string, readonly Record<string, unknown>[], readonly string[]][] = [
    ['another service while the searched one is included', [slotEntry('a', 's2'), SCHEDULE_1, SCHEDULE_2, HS_A, HS_B], ['SLOT-23']],
    ['no HealthcareService actor', [slotEntry('a', 's3'), withoutActor, HS_A], ['SLOT-23']],
    ['an actor that resolves to nothing included', [slotEntry('a', 's4'), unresolved], ['SLOT-23']],
    ['a service identified by its internal id', [slotEntry('a', 's1'), SCHEDULE_1, internalId], ['SLOT-23', 'PROF-16', 'C-14']],
    ['another service, the searched one missing', [slotEntry('b', 's2'), SCHEDULE_2, HS_B], ['SLOT-23', 'PROF-16', 'C-14']],
  ];
  for (const [name, entries, obligations] of actorCases) {
    it(`names ${obligations.join(', ')} for a schedule with ${name}`, () => {
      assert.throws(() => expectScheduleServiceActors(view(entries), '111', STRICT_POLICY), { code: 'SCHEDULE_SERVICE_ACTOR', obligations });
    });
  }
  it('says why PROF-16 is named', () => {
    assert.throws(() => expectScheduleServiceActors(view([slotEntry('a', 's1'), SCHEDULE_1, internalId]), '111', STRICT_POLICY), {
      reason: 'Schedules do not name the searched HealthcareService as C-13 requires (schedule.hcsActor=exactlyOneMatchingQuery), or the HealthcareService they name is not identified by DoS id 111 as C-14 requires (healthcareService.dosIdLocation=identifier)',
      actual: ["Schedule/s1's HealthcareService actor HealthcareService/hs-a is not the searched service 111"],
    });
  });
  it('reads the DoS id from the identifier (C-14 strict) or the logical id (lenient)', () => {
    const byId = view([slotEntry('a', 's1'), includeEntry({ resourceType: 'HealthcareService', id: '111', identifier: [{ value: 'local-7' }] })]);
    assert.throws(() => expectServiceIdentifiers(byId, '111', STRICT_POLICY), { code: 'SERVICE_IDENTIFIER' });
    assert.doesNotThrow(() => expectServiceIdentifiers(byId, '111', resolvePolicy({ healthcareService: { dosIdLocation: 'id' } })));
  });
});

describe('Bundle integrity (SLOT-22, SLOT-27, SLOT-28, SLOT-30)', () => {
  it('finds a reference of a requested include that does not resolve', () => {
    const bundle = view([slotEntry('a', 's1'), SCHEDULE_1]);
    assert.throws(() => expectIncludedReferencesResolve(bundle, ['Schedule', 'HealthcareService']), { code: 'UNRESOLVED_REFERENCE', actual: ['Schedule/s1 → HealthcareService/hs-a'] });
    assert.doesNotThrow(() => expectIncludedReferencesResolve(bundle, ['Schedule']));
  });
  it('fails an include no returned slot reaches, or only warns when allowed', () => {
    const bundle = view([slotEntry('a', 's1'), SCHEDULE_1, HS_A, HS_B]);
    assert.throws(() => expectNoUnreferencedIncludes(bundle, STRICT_POLICY, () => undefined), { code: 'UNREFERENCED_INCLUDE', actual: ['HealthcareService/hs-b'] });
    const warnings: WarningRecord[] = [];
    expectNoUnreferencedIncludes(bundle, resolvePolicy({ bundle: { allowUnreferencedIncludes: true } }), (w) => warnings.push(w));
    assert.equal(warnings[0].message, 'not reachable from any returned Slot: HealthcareService/hs-b');
  });
  it('finds a resource included twice', () => {
    assert.throws(() => expectUniqueEntries(view([slotEntry('a', 's1'), SCHEDULE_1, SCHEDULE_1])), { code: 'DUPLICATE_ENTRY', actual: ['Schedule/s1 ×2'] });
  });
  it('counts matches, not includes (C-27)', () => {
    const bundle = view([slotEntry('a', 's1'), SCHEDULE_1], 'x', 2);
    assert.throws(() => expectTotalMatchesSlots(bundle, STRICT_POLICY), { code: 'TOTAL_MISMATCH', expected: 1, actual: 2 });
    assert.doesNotThrow(() => expectTotalMatchesSlots(bundle, resolvePolicy({ bundle: { totalPolicy: 'allEntries' } })));
  });
});

describe('slot content and comparisons', () => {
  it('fails a busy slot in a search for free ones (SLOT-13)', () => {
    assert.throws(() => expectSlotStatusesIn(view([slotEntry('a', 's1'), slotEntry('b', 's1', 'busy')]), ['free']), { code: 'SLOT_STATUS', actual: ['Slot/b is busy'] });
  });
  it('lists the missing elements of a slot (SLOT-32)', () => {
    const bare = { fullUrl: 'https://p.example/Slot/z', resource: { resourceType: 'Slot', id: 'z', identifier: [{ value: 'not-a-uuid' }], schedule: { reference: 'https://p.example/Schedule/s1' }, status: 'free' }, search: { mode: 'match' } };
    assert.throws(() => expectSlotFields(view([bare]), STRICT_POLICY), {
      code: 'SLOT_FIELD',
      actual: [
        'Slot/z: meta.profile does not list https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1',
        'Slot/z: identifier value "not-a-uuid" is not a UUID',
        'Slot/z: schedule.reference "https://p.example/Schedule/s1" is not Schedule/<id>',
        'Slot/z: no start',
        'Slot/z: no end',
      ],
    });
  });
  it('compares two searches slot by slot', () => {
    assert.throws(() => expectSameSlots(view([slotEntry('a', 's1')], 'x1'), view([slotEntry('b', 's1')], 'x2'), ['SLOT-16']), {
      code: 'RESULTS_DIFFER',
      reason: 'Slots differ from those of exchange x1',
      actual: { missing: ['a'], extra: ['b'], counts: [1, 1] },
      exchangeId: 'x2',
    });
  });
  it('fails when the restricted consumer sees every slot (SLOT-08)', () => {
    const all = view([slotEntry('a', 's1'), slotEntry('b', 's1')]);
    assert.throws(() => expectWithheldSlotsMissing(all, all), { code: 'WITHHELD_SLOTS_RETURNED', obligations: ['SLOT-08'] });
    assert.doesNotThrow(() => expectWithheldSlotsMissing(all, view([slotEntry('a', 's1')])));
  });
});

describe('expectEmptySearchset (SLOT-29, C-06)', () => {
  const outcome = { fullUrl: 'urn:uuid:3f1c2a7b-8d90-4c55-9a4e-6e1f0b521d0c', resource: { resourceType: 'OperationOutcome', id: 'o1', issue: [] }, search: { mode: 'outcome' } };
  it('tolerates one outcome entry by default', () => {
    assert.doesNotThrow(() => expectEmptySearchset(view([outcome], 'x', 0), STRICT_POLICY));
  });
  it('fails included resources and a non-zero total', () => {
    assert.throws(() => expectEmptySearchset(view([SCHEDULE_1], 'x', 1), STRICT_POLICY), { code: 'NOT_EMPTY', actual: ['total is 1', 'entries: Schedule/s1'] });
  });
  it('requires the outcome when the target says so, where release rules withheld every slot', () => {
    const policy = resolvePolicy({ slotSearch: { requireOutcomeWhenFiltered: true } });
    assert.throws(() => expectEmptySearchset(view([], 'x', 0), policy, 'withheld'), { code: 'NOT_EMPTY', actual: ['no outcome entry saying why'] });
    assert.doesNotThrow(() => expectEmptySearchset(view([], 'x', 0), policy, 'no slots'));
  });
  it('sets the outcome entry apart once, fullUrl or not, so no other check sees it (C-06)', () => {
    const { fullUrl: _none, ...bare } = outcome;
    const bundle = fakeExchange({ body: searchset([bare], 0) });
    const checked = expectSearchsetBundle(bundle, () => undefined, ['SLOT-15']);
    assert.deepEqual([checked.entries.length, checked.outcomes.length], [0, 1]);
    assert.doesNotThrow(() => expectEmptySearchset(checked, STRICT_POLICY));
  });
});

describe('a paged searchset (SLOT-31)', () => {
  const paged = (entries: readonly Record<string, unknown>[], id: string, total: number) => view(entries, id, total);
  const pages = () => mergePages([paged([slotEntry('a', 's1'), SCHEDULE_1], 'p1', 2), paged([slotEntry('b', 's1'), SCHEDULE_1], 'p2', 2)]);
  it('reads every page as one result, each include once', () => {
    const merged = pages();
    assert.deepEqual([slotIds(merged), merged.entries.map((e) => e.key), merged.pages.map((p) => p.exchange.id)], [['a', 'b'], ['Slot/a', 'Slot/b', 'Schedule/s1'], ['p1', 'p2']]);
    assert.doesNotThrow(() => expectUniqueEntries(merged));
  });
  it('counts every match in total, on every page', () => {
    assert.doesNotThrow(() => expectTotalMatchesSlots(pages(), STRICT_POLICY));
    const pageCount = mergePages([paged([slotEntry('a', 's1')], 'p1', 1), paged([slotEntry('b', 's1')], 'p2', 1)]);
    assert.throws(() => expectTotalMatchesSlots(pageCount, STRICT_POLICY), { code: 'TOTAL_MISMATCH', obligations: ['SLOT-30'], exchangeId: 'p1', expected: 2, actual: 1 });
  });
  it('fails a Slot returned on two pages', () => {
    const twice = mergePages([paged([slotEntry('a', 's1')], 'p1', 2), paged([slotEntry('a', 's1')], 'p2', 2)]);
    assert.throws(() => expectUniqueEntries(twice), { code: 'DUPLICATE_ACROSS_PAGES', obligations: ['SLOT-28'], actual: ['Slot/a ×2'] });
  });
});
