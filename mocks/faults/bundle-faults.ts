// Faults in the shape of the searchset Bundle: fullUrls, what is included and how often, total,
// and the answer to a search that matches nothing.
import { toOperationOutcome } from '../domain/problem.ts';
import { renderLocation } from '../domain/render/render-location.ts';
import type { FaultBehaviour } from './fault-behaviour.ts';
import { duplicateIncludedSchedules } from './duplicate-included-schedules.ts';
import type { MockFault } from './mock-fault.ts';
import { entriesOf, onSearchset, withEntries } from './searchset-transform.ts';

export const BUNDLE_FAULTS = {
  // SLOT-25 broken.
  'relative-fullurl': onSearchset((bundle) => withEntries(bundle, entriesOf(bundle).map((entry) => ({
    ...entry,
    fullUrl: `${String(entry.resource.resourceType)}/${String(entry.resource.id)}`,
  })))),
  // SLOT-22 / SLOT-20 broken: Schedules still reference Practitioners the Bundle does not carry.
  'include-drops-practitioners': onSearchset((bundle) => withEntries(bundle, entriesOf(bundle).filter((entry) => entry.resource.resourceType !== 'Practitioner'))),
  // SLOT-27 broken.
  'include-unreferenced-location': onSearchset((bundle, ctx) => {
    const entries = entriesOf(bundle);
    const present = new Set(entries.map((entry) => `${String(entry.resource.resourceType)}/${String(entry.resource.id)}`));
    const extra = ctx.data.locations.filter((location) => !present.has(`Location/${location.id}`)).map((location) => ({
      fullUrl: `${ctx.baseUrl}/Location/${location.id}`,
      resource: { ...renderLocation(location) },
      search: { mode: 'include' },
    }));
    return withEntries(bundle, [...entries, ...extra]);
  }),
  // SLOT-28 broken.
  'duplicate-included-schedule': onSearchset((bundle) => duplicateIncludedSchedules(bundle)),
  // SLOT-29 broken: "no slots" treated as an error.
  'empty-search-404': onSearchset((bundle) => (entriesOf(bundle).some((entry) => entry.resource.resourceType === 'Slot') ? bundle : {
    status: 404,
    body: toOperationOutcome({ code: 'NOT_FOUND', diagnostics: 'No slots found' }, `mock-${crypto.randomUUID()}`),
  })),
  // SLOT-30 broken (C-27: NBA's sample does this).
  'total-counts-includes': onSearchset((bundle) => ({ ...bundle, total: entriesOf(bundle).length })),
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
