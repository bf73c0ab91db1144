// A slot search as data: which service, which start bounds, which statuses, which includes, and
// any extra parameters. Steps change one aspect at a time; `toSlotSearchPath` writes the query
// string, percent-encoding every value (SLOT-04: an offset `+` goes on the wire as `%2B`).
import type { IncludeParam } from './slot-includes.ts';

export type DatePrefix = 'ge' | 'le' | 'gt' | 'lt' | 'eq';

export interface StartBound {
  readonly prefix: DatePrefix;
  /** Already written as a FHIR instant or a partial date, e.g. `2026-03-16T09:00:00+01:00`. */
  readonly value: string;
}

export interface SlotSearch {
  /** C-01: `schedule.actor:healthcareservice` by default; absent = no service parameter (SLOT-10). */
  readonly service?: { readonly name: string; readonly value: string };
  readonly start: readonly StartBound[];
  /** Comma-separated statuses as sent (`free`, `free,busy`); absent = no status parameter (C-38). */
  readonly status?: string;
  readonly includes: readonly IncludeParam[];
  /** Parameters sent as they are: unknown names (SLOT-06), malformed values (SLOT-35), `_format`. */
  readonly extra: readonly (readonly [string, string])[];
}

export const DEFAULT_SERVICE_PARAM = 'schedule.actor:healthcareservice';

export function toSlotSearchPath(search: SlotSearch): string {
  const pairs: (readonly [string, string])[] = [];
  if (search.service) pairs.push([search.service.name, search.service.value]);
  for (const bound of search.start) pairs.push(['start', `${bound.prefix}${bound.value}`]);
  if (search.status !== undefined) pairs.push(['status', search.status]);
  for (const include of search.includes) pairs.push([include.name, include.value]);
  pairs.push(...search.extra);
  const query = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return query ? `/Slot?${query}` : '/Slot';
}

/** A search for one service over the given window, status free, no includes. */
export function newSlotSearch(dosId: string, start: readonly StartBound[]): SlotSearch {
  return { service: { name: DEFAULT_SERVICE_PARAM, value: dosId }, start, status: 'free', includes: [], extra: [] };
}

export function withServiceParamName(search: SlotSearch, name: string): SlotSearch {
  return search.service ? { ...search, service: { ...search.service, name } } : search;
}

export function withoutService(search: SlotSearch): SlotSearch {
  const { service: _dropped, ...rest } = search;
  return rest;
}

export function withStatus(search: SlotSearch, status: string | undefined): SlotSearch {
  const { status: _previous, ...rest } = search;
  return status === undefined ? rest : { ...rest, status };
}

export function withStart(search: SlotSearch, start: readonly StartBound[]): SlotSearch {
  return { ...search, start };
}

export function withIncludes(search: SlotSearch, includes: readonly IncludeParam[]): SlotSearch {
  const seen = new Set(search.includes.map((i) => `${i.name}=${i.value}`));
  return { ...search, includes: [...search.includes, ...includes.filter((i) => !seen.has(`${i.name}=${i.value}`))] };
}

export function replacingIncludes(search: SlotSearch, includes: readonly IncludeParam[]): SlotSearch {
  return { ...search, includes };
}

export function withExtra(search: SlotSearch, extra: readonly (readonly [string, string])[]): SlotSearch {
  return { ...search, extra: [...search.extra, ...extra] };
}
