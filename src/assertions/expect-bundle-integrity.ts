// What an included resource may and must be: every reference a requested include follows resolves
// inside the Bundle (SLOT-22), nothing is included that no returned Slot reaches (SLOT-27, C-28),
// nothing is included twice (SLOT-28), and `total` counts the matched Slots (SLOT-30, C-27).
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { referenceKey, scheduleReferenceOf, type EntryView, type SearchsetView } from '../fhir/searchset-view.ts';

/** Every literal reference anywhere inside a resource (`reference` fields), excluding contained `#…`. */
export function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'reference' && typeof child === 'string' ? [child] : referencesIn(child)));
}

/** SLOT-22: the types whose references must resolve, given the resource types that were included. */
export function expectIncludedReferencesResolve(view: SearchsetView, includedTypes: readonly string[]): void {
  const missing: string[] = [];
  for (const slot of view.slots) {
    const schedule = scheduleReferenceOf(slot);
    if (includedTypes.includes('Schedule') && view.resolve(schedule) === undefined) missing.push(`Slot/${String(slot.resource.id)} → ${String(schedule)}`);
  }
  for (const entry of view.entries.filter((e) => e.resource.resourceType !== 'Slot')) {
    for (const reference of referencesIn(entry.resource)) {
      const type = referenceKey(reference)?.split('/')[0];
      if (type !== undefined && includedTypes.includes(type) && view.resolve(reference) === undefined) missing.push(`${entry.key} → ${reference}`);
    }
  }
  if (missing.length > 0) {
    fail(view.exchange, { code: 'UNRESOLVED_REFERENCE', obligations: ['SLOT-22'], reason: `${missing.length} references of requested includes are not in the Bundle`, expected: `every ${includedTypes.join(', ')} reference resolved inside the Bundle`, actual: missing });
  }
}

function reachableKeys(view: SearchsetView): Set<string> {
  const seen = new Set<string>();
  const queue: EntryView[] = [...view.slots];
  while (queue.length > 0) {
    const entry = queue.shift() as EntryView;
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    for (const reference of referencesIn(entry.resource)) {
      const target = view.resolve(reference);
      if (target) queue.push(target);
    }
  }
  return seen;
}

export function expectNoUnreferencedIncludes(view: SearchsetView, policy: ConformancePolicy, warn: Warn): void {
  const reachable = reachableKeys(view);
  const stray = view.entries.filter((entry) => !reachable.has(entry.key)).map((entry) => entry.key);
  if (stray.length === 0) return;
  if (policy.bundle.allowUnreferencedIncludes) {
    warn({ code: 'UNREFERENCED_INCLUDE', obligations: ['SLOT-27'], message: `not reachable from any returned Slot: ${stray.join(', ')}`, exchangeId: view.exchange.id });
    return;
  }
  fail(view.exchange, { code: 'UNREFERENCED_INCLUDE', obligations: ['SLOT-27'], reason: `${stray.length} included resources are not reachable from any returned Slot`, expected: 'only resources related to the returned Slots', actual: stray });
}

function repeatedKeys(entries: readonly EntryView[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
}

/** SLOT-28 on each page; across pages (SLOT-31) a Slot is returned once, while a page may repeat the includes its own Slots reach. */
export function expectUniqueEntries(view: SearchsetView): void {
  for (const page of view.pages) {
    const repeated = repeatedKeys(page.entries);
    if (repeated.length > 0) {
      fail(page.exchange, { code: 'DUPLICATE_ENTRY', obligations: ['SLOT-28'], reason: 'resources are included more than once', expected: 'each (resourceType, id) once', actual: repeated });
    }
  }
  const acrossPages = repeatedKeys(view.slots);
  if (acrossPages.length > 0) {
    fail(view.exchange, { code: 'DUPLICATE_ACROSS_PAGES', obligations: ['SLOT-28'], reason: `Slots come back on more than one of the ${view.pages.length} pages`, expected: 'each Slot on one page', actual: acrossPages });
  }
}

/**
 * SLOT-30 (C-27): `total` counts the matched Slots. On a paged search (SLOT-31) FHIR defines it as
 * the count of every match, so every page's `total` must equal the Slots of all pages together.
 */
export function expectTotalMatchesSlots(view: SearchsetView, policy: ConformancePolicy): void {
  const policyName = policy.bundle.totalPolicy;
  const expected = policyName === 'allEntries' ? view.entries.length : view.slots.length;
  const paged = view.pages.length > 1 ? ` over ${view.pages.length} pages` : '';
  for (const page of view.pages) {
    const total = page.bundle.total;
    if (policyName === 'optional' && total === undefined) continue;
    if (total !== expected) {
      fail(page.exchange, { code: 'TOTAL_MISMATCH', obligations: ['SLOT-30'], reason: `Bundle.total is ${JSON.stringify(total)} for ${view.slots.length} matched Slots${paged} (bundle.totalPolicy=${policyName})`, expected, actual: total ?? null });
    }
  }
}
