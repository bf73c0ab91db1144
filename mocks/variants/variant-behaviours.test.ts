import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture, SERVICE_UTC } from '../fixtures/default-fixture.ts';
import type { FaultContext, FaultResult } from '../faults/fault-behaviour.ts';
import { faithfulSearchset } from '../../test/mock/faithful-searchset.ts';
import { faultHooks } from '../faults/fault-hooks.ts';
import { entriesOf, type Json } from '../faults/searchset-transform.ts';
import { MOCK_VARIANTS, type MockVariant } from './mock-variant.ts';
import { renameId, renameIds } from './rename-ids.ts';
import { VARIANT_BEHAVIOURS } from './variant-behaviours.ts';

const BASE = 'https://p.example/base';
const NOW = Date.parse('2026-03-16T09:00:00Z');
const data = buildDefaultFixture(NOW);
const context = (url = `${BASE}/Slot?service=${SERVICE_UTC}`): FaultContext => ({ interaction: 'slot-search', method: 'GET', url, baseUrl: BASE, nowMs: NOW, data, currentAppointment: () => undefined });

const searchset = (): FaultResult => faithfulSearchset(data, NOW, BASE);

const played = (variant: MockVariant, ctx = context()): FaultResult => faultHooks(new Set(), [VARIANT_BEHAVIOURS[variant]]).result(searchset(), ctx);
const bundleOf = (result: FaultResult): Json => result.body as Json;
const slotIdsOf = (result: FaultResult): string[] => entriesOf(bundleOf(result)).filter((e) => e.resource.resourceType === 'Slot').map((e) => String(e.resource.id));
const linkOf = (result: FaultResult, relation: string): string | undefined => (bundleOf(result).link as { relation: string; url: string }[]).find((l) => l.relation === relation)?.url;

describe('valid variants', () => {
  const all = slotIdsOf(searchset());

  it('every row names what permits it and why a provider would choose it', () => {
    for (const [name, row] of Object.entries(MOCK_VARIANTS)) assert.ok(row.permittedBy.length > 0 && row.why.length > 0 && row.description.length > 0, name);
    assert.ok(Object.keys(MOCK_VARIANTS).length >= 25);
  });

  it('paged-7 splits the Slots over linked pages, each with the includes its Slots reach and the full total', () => {
    const pages: FaultResult[] = [];
    let url: string | undefined = `${BASE}/Slot?service=${SERVICE_UTC}`;
    while (url !== undefined && pages.length < 100) {
      const page = played('paged-7', context(url));
      pages.push(page);
      url = linkOf(page, 'next');
    }
    assert.equal(pages.length, Math.ceil(all.length / 7));
    assert.deepEqual(pages.flatMap(slotIdsOf), all);
    assert.ok(pages.every((page) => bundleOf(page).total === all.length && slotIdsOf(page).length <= 7));
    const second = entriesOf(bundleOf(pages[1]));
    const schedules = new Set(second.filter((e) => e.resource.resourceType === 'Slot').map((e) => (e.resource.schedule as { reference: string }).reference));
    assert.deepEqual(new Set(second.filter((e) => e.resource.resourceType === 'Schedule').map((e) => `Schedule/${String(e.resource.id)}`)), schedules);
  });

  it('paged variants refuse a malformed page number with a 400 problem, and hide _page from the search rules', async () => {
    const hooks = faultHooks(new Set(), [VARIANT_BEHAVIOURS['paged-7']]);
    const bad = `${BASE}/Slot?_page=zero`;
    assert.equal((await hooks.refuse(new Request(bad), context(bad)))?.code, 'INVALID_PARAMETER');
    const good = `${BASE}/Slot?service=1&_page=2`;
    assert.equal(new URL((await hooks.request(new Request(good), context(good))).url).searchParams.has('_page'), false);
  });

  it('reorders without losing an entry', () => {
    for (const variant of ['newest-first', 'random-order', 'includes-first'] as const) {
      assert.deepEqual([...slotIdsOf(played(variant))].sort(), [...all].sort(), variant);
    }
    const newest = played('newest-first');
    const starts = entriesOf(bundleOf(newest)).filter((e) => e.resource.resourceType === 'Slot').map((e) => Date.parse(String(e.resource.start)));
    assert.deepEqual(starts, [...starts].sort((a, b) => b - a));
    assert.notEqual(entriesOf(bundleOf(played('includes-first')))[0].resource.resourceType, 'Slot');
  });

  it('renames every id consistently, within the FHIR id rule', () => {
    for (const scheme of ['uuid', 'numeric', 'dotted'] as const) {
      const renamed = renameIds(scheme, data);
      const scheduleIds = new Set(renamed.schedules.map((s) => s.id));
      assert.ok(renamed.slots.every((slot) => scheduleIds.has(slot.scheduleId)), scheme);
      assert.ok([...scheduleIds, ...renamed.slots.map((s) => s.id)].every((id) => /^[A-Za-z0-9\-.]{1,64}$/.test(id)), scheme);
      assert.equal(renamed.schedules[0].id, renameId(scheme, 'Schedule', data.schedules[0].id));
    }
  });

  it('leaves out total, or adds outcome entries, as declared', () => {
    assert.equal(bundleOf(played('total-omitted')).total, undefined);
    const outcomes = entriesOf(bundleOf(played('outcome-on-results'))).filter((e) => e.search?.mode === 'outcome');
    assert.equal(outcomes.length, 1);
  });
});

describe('the variant catalogue in the README', () => {
  it('lists every variant', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    assert.deepEqual(Object.keys(MOCK_VARIANTS).filter((variant) => !readme.includes(`| \`${variant}\` |`)), []);
  });
});
