// A searchset Bundle made easy to check: its entries, its Slots, and reference resolution inside
// the Bundle (relative `Schedule/s1`, absolute URLs and `_history` forms all resolve to the same
// entry). Reading it fails SLOT-25 when the body is not a Bundle of resources. The outcome entry
// (an OperationOutcome with `search.mode` outcome, C-06 / SLOT-29) is set apart here, once: it is
// no search result, so no check of the results sees it. A paged search (SLOT-31) reads as one
// view of every page, each page kept with its own exchange.
import type { Exchange } from '../client/exchange.ts';
import { fail } from '../verdict/fail.ts';
import { isResource, readResource, type FhirResource } from './read-fhir-json.ts';

export interface EntryView {
  readonly index: number;
  readonly fullUrl: unknown;
  /** `search.mode`: match, include or outcome (absent when the provider leaves it out). */
  readonly mode: string | undefined;
  readonly resource: FhirResource;
  /** `Type/id` */
  readonly key: string;
}

export interface SearchsetView {
  /** The exchange of the first page. */
  readonly exchange: Exchange;
  /** The first page's Bundle. */
  readonly bundle: FhirResource;
  /** The results (matches and includes), outcome entries left out. */
  readonly entries: readonly EntryView[];
  /** Outcome-mode OperationOutcome entries (C-06). */
  readonly outcomes: readonly EntryView[];
  /** Each page read on its own, first page first (one page when the provider does not page). */
  readonly pages: readonly SearchsetView[];
  /** Entries whose resource is a Slot. */
  readonly slots: readonly EntryView[];
  resolve(reference: unknown): EntryView | undefined;
}

/** `Type/id` for a literal reference in any of its forms; undefined for contained or malformed ones. */
export function referenceKey(reference: unknown): string | undefined {
  if (typeof reference !== 'string') return undefined;
  const withoutHistory = reference.replace(/\/_history\/[^/]+$/, '');
  const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(withoutHistory);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

function toEntry(exchange: Exchange, raw: unknown, index: number): EntryView {
  const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const resource = entry.resource;
  if (!isResource(resource)) {
    fail(exchange, { code: 'ENTRY_WITHOUT_RESOURCE', obligations: ['SLOT-25', 'PROF-03'], reason: `Bundle.entry[${index}] carries no resource`, expected: 'entry.resource with a resourceType', actual: raw });
  }
  const search = entry.search as { mode?: unknown } | undefined;
  return {
    index,
    fullUrl: entry.fullUrl,
    mode: typeof search?.mode === 'string' ? search.mode : undefined,
    resource,
    key: `${resource.resourceType}/${String(resource.id)}`,
  };
}

/**
 * SLOT-25 and, after it, the obligations a scenario exercises through the search: a provider that
 * answers a search for them with something other than a searchset breaks those too.
 */
export function searchsetObligations(scenarioObligations: readonly string[]): readonly string[] {
  return [...new Set(['SLOT-25', ...scenarioObligations])];
}

export function readSearchset(exchange: Exchange, obligations: readonly string[] = ['SLOT-25']): SearchsetView {
  const bundle = readResource(exchange, 'Bundle', obligations);
  const rawEntries = bundle.entry ?? [];
  if (!Array.isArray(rawEntries)) {
    fail(exchange, { code: 'ENTRY_NOT_ARRAY', obligations: [...obligations, 'PROF-03'], reason: 'Bundle.entry is not an array', expected: 'an array', actual: typeof rawEntries });
  }
  const all = rawEntries.map((raw, index) => toEntry(exchange, raw, index));
  const outcomes = all.filter(isOutcomeEntry);
  const page = toView(exchange, bundle, all.filter((entry) => !isOutcomeEntry(entry)), outcomes, []);
  return { ...page, pages: [page] };
}

function isOutcomeEntry(entry: EntryView): boolean {
  return entry.mode === 'outcome' && entry.resource.resourceType === 'OperationOutcome';
}

function toView(exchange: Exchange, bundle: FhirResource, entries: readonly EntryView[], outcomes: readonly EntryView[], pages: readonly SearchsetView[]): SearchsetView {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return {
    exchange,
    bundle,
    entries,
    outcomes,
    pages,
    slots: entries.filter((entry) => entry.resource.resourceType === 'Slot'),
    resolve: (reference) => {
      const key = referenceKey(reference);
      return key === undefined ? undefined : byKey.get(key);
    },
  };
}

/**
 * SLOT-31: the pages of one search as one result: every page's Slots (a Slot on two pages stays
 * twice, for SLOT-28 to see) and each included resource once, as a page may repeat the includes
 * its own Slots reach.
 */
export function mergePages(pages: readonly SearchsetView[]): SearchsetView {
  const [first] = pages;
  if (pages.length === 1) return first;
  const includes = new Map<string, EntryView>();
  for (const entry of pages.flatMap((page) => page.entries)) {
    if (entry.resource.resourceType !== 'Slot' && !includes.has(entry.key)) includes.set(entry.key, entry);
  }
  const slots = pages.flatMap((page) => page.slots);
  return toView(first.exchange, first.bundle, [...slots, ...includes.values()], pages.flatMap((page) => page.outcomes), pages);
}

/** Each Slot of a (paged) searchset with the exchange of the page it came on. */
export function slotsByPage(view: SearchsetView): { readonly slot: FhirResource; readonly exchangeId: string }[] {
  return view.pages.flatMap((page) => page.slots.map((entry) => ({ slot: entry.resource, exchangeId: page.exchange.id })));
}

/** The ids of the Slots of a searchset, sorted (for set comparisons). */
export function slotIds(view: SearchsetView): string[] {
  return view.slots.map((slot) => String(slot.resource.id)).sort();
}

/** The literal reference of a Slot's schedule. */
export function scheduleReferenceOf(slot: EntryView): unknown {
  return (slot.resource.schedule as { reference?: unknown } | undefined)?.reference;
}

/** The `actor[].reference` values of a Schedule. */
export function actorReferencesOf(schedule: FhirResource): string[] {
  const actors = Array.isArray(schedule.actor) ? (schedule.actor as { reference?: unknown }[]) : [];
  return actors.map((actor) => actor.reference).filter((ref): ref is string => typeof ref === 'string');
}
