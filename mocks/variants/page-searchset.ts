// SLOT-31 (FHIR search paging): the searchset split into pages of `size` Slots, linked by
// `next`/`previous`. Each page carries the included resources its own Slots reach (so SLOT-27 and
// SLOT-28 hold on every page) and `total` counts every match, as FHIR defines it. The page number
// travels in `_page`, which the search rules never see.
import type { Problem } from '../domain/problem.ts';
import type { FaultContext } from '../faults/fault-behaviour.ts';
import { entriesOf, onSearchset, withEntries, type Entry, type Json } from '../faults/searchset-transform.ts';
import type { VariantBehaviour } from './variant-behaviour.ts';

export const PAGE_PARAM = '_page';

function pageNumberOf(url: string): number | undefined {
  const raw = new URL(url).searchParams.get(PAGE_PARAM);
  if (raw === null) return 1;
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : undefined;
}

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'reference' && typeof child === 'string' ? [child] : referencesIn(child)));
}

const keyOf = (resource: Json): string => `${String(resource.resourceType)}/${String(resource.id)}`;
const keyOfReference = (reference: string): string => reference.split('/').slice(-2).join('/');

/** The includes reachable from `slots` through the references inside the Bundle, in Bundle order. */
export function reachableIncludes(slots: readonly Entry[], includes: readonly Entry[]): Entry[] {
  const byKey = new Map(includes.map((entry) => [keyOf(entry.resource), entry]));
  const seen = new Set<string>();
  const queue = slots.flatMap((slot) => referencesIn(slot.resource).map(keyOfReference));
  while (queue.length > 0) {
    const key = queue.shift() as string;
    const entry = byKey.get(key);
    if (seen.has(key) || !entry) continue;
    seen.add(key);
    queue.push(...referencesIn(entry.resource).map(keyOfReference));
  }
  return includes.filter((entry) => seen.has(keyOf(entry.resource)));
}

function pageUrl(url: string, page: number): string {
  const next = new URL(url);
  next.searchParams.set(PAGE_PARAM, String(page));
  return next.toString();
}

function toPage(bundle: Json, ctx: FaultContext, size: number): Json {
  const page = pageNumberOf(ctx.url) ?? 1;
  const entries = entriesOf(bundle);
  const slots = entries.filter((entry) => entry.resource.resourceType === 'Slot');
  const outcomes = entries.filter((entry) => entry.search?.mode === 'outcome');
  const includes = entries.filter((entry) => entry.resource.resourceType !== 'Slot' && entry.search?.mode !== 'outcome');
  const onPage = slots.slice((page - 1) * size, page * size);
  const self = (Array.isArray(bundle.link) ? (bundle.link as { relation?: unknown; url?: unknown }[]) : []).find((link) => link.relation === 'self');
  // The next and previous pages repeat the search as it was received; self lists what was applied (C-11).
  const links = [
    { relation: 'self', url: pageUrl(typeof self?.url === 'string' ? self.url : ctx.url, page) },
    ...(page * size < slots.length ? [{ relation: 'next', url: pageUrl(ctx.url, page + 1) }] : []),
    ...(page > 1 ? [{ relation: 'previous', url: pageUrl(ctx.url, page - 1) }] : []),
  ];
  return { ...withEntries(bundle, [...onPage, ...reachableIncludes(onPage, includes), ...(page === 1 ? outcomes : [])]), link: links };
}

export function pageSearchset(size: number): VariantBehaviour {
  return {
    // A malformed page number is a malformed value of a parameter this provider knows (SLOT-35).
    refuse: (_request, ctx): Problem | undefined => (ctx.interaction === 'slot-search' && pageNumberOf(ctx.url) === undefined
      ? { code: 'INVALID_PARAMETER', diagnostics: `${PAGE_PARAM} must be a page number from 1`, expression: [PAGE_PARAM] }
      : undefined),
    request: (request, ctx) => {
      if (ctx.interaction !== 'slot-search' || !new URL(request.url).searchParams.has(PAGE_PARAM)) return request;
      const url = new URL(request.url);
      url.searchParams.delete(PAGE_PARAM);
      return new Request(url, request);
    },
    ...onSearchset((bundle, ctx) => toPage(bundle, ctx, size)),
  };
}
