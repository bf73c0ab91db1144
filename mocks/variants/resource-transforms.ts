// Variants that change how a searchset is written, not what it says: the order of its entries,
// and elements of its resources that FHIR leaves optional or open.
import type { FaultBehaviour } from '../faults/fault-behaviour.ts';
import { entriesOf, onSearchset, withEntries, type Entry, type Json } from '../faults/searchset-transform.ts';
import { PAGE_PARAM } from './page-searchset.ts';

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `change` applied to every resource of a searchset, and `bundle` to the Bundle. Appointments are
 * left as they are: a consumer cancels with the resource it read, so they round-trip anyway.
 */
export function mapSearchsetResources(change: (resource: Json) => Json, bundle: (bundle: Json) => Json = (b) => b): FaultBehaviour {
  return onSearchset((b) => bundle(withEntries(b, entriesOf(b).map((entry) => ({ ...entry, resource: change(entry.resource) })))));
}

/** The entries of every searchset in another order (FHIR leaves the order to the server without `_sort`). */
export function reorderEntries(order: (entries: readonly Entry[], search: string) => Entry[]): FaultBehaviour {
  return onSearchset((bundle, ctx) => withEntries(bundle, order(entriesOf(bundle), searchOf(ctx.url))));
}

/** The search a request makes, whatever page of it it asks for (a paged order must hold across pages). */
function searchOf(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete(PAGE_PARAM);
  return parsed.toString();
}

const isSlot = (entry: Entry): boolean => entry.resource.resourceType === 'Slot';

export function slotsNewestFirst(entries: readonly Entry[]): Entry[] {
  const slots = entries.filter(isSlot).sort((a, b) => Date.parse(String(b.resource.start)) - Date.parse(String(a.resource.start)));
  return [...slots, ...entries.filter((entry) => !isSlot(entry))];
}

/** A shuffle seeded by the search: another order for every search, the same for each of its pages. */
export function shuffled(entries: readonly Entry[], search: string): Entry[] {
  let seed = [...search].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 0x100000000;
  };
  const out = [...entries];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function includesFirst(entries: readonly Entry[]): Entry[] {
  return [...entries.filter((entry) => !isSlot(entry)), ...entries.filter(isSlot)];
}

const PROVIDER_EXTENSION = 'https://provider.example.org/fhir/StructureDefinition/local-booking-note';

/** FHIR extensibility: an extension the consumer does not know, which it must ignore. */
export function withUnknownExtension(resource: Json): Json {
  const existing = Array.isArray(resource.extension) ? resource.extension : [];
  return { ...resource, extension: [...existing, { url: PROVIDER_EXTENSION, valueString: `held by the provider's ${String(resource.resourceType)} store` }] };
}

/** Optional elements the mock does not otherwise send: a generated narrative, and comments where the resource has them. */
export function withOptionalElements(resource: Json): Json {
  const type = String(resource.resourceType);
  const narrative = { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${type} ${String(resource.id)}</div>` };
  const comment = type === 'Slot' || type === 'Schedule' ? { comment: 'Provider note' } : {};
  return { ...resource, text: resource.text ?? narrative, ...(resource.comment === undefined ? comment : {}) };
}

export function withLastUpdated(at: string): (resource: Json) => Json {
  return (resource) => {
    const meta = isJson(resource.meta) ? resource.meta : {};
    return meta.lastUpdated !== undefined ? resource : { ...resource, meta: { ...meta, lastUpdated: at } };
  };
}

export function withoutLastUpdated(resource: Json): Json {
  if (!isJson(resource.meta) || resource.meta.lastUpdated === undefined) return resource;
  const { lastUpdated: _dropped, ...meta } = resource.meta;
  const { meta: _meta, ...rest } = resource;
  return Object.keys(meta).length > 0 ? { ...rest, meta } : rest;
}
