// The searchset Bundle a Slot search answers with (SLOT-25..30): matched Slots, then each included
// resource once, absolute fullUrls, `total` = number of matched Slots (C-27), a self link listing
// the applied parameters (C-11). No slot → no entries, or the one outcome entry C-06 allows.
import type { ProviderConfig } from '../provider-config.ts';
import type { ProviderView } from '../provider-view.ts';
import type { IncludedResource, SlotResource } from '../render/fhir-resources.ts';
import { renderSearchOutcome, type SearchOutcomeResource } from '../render/render-search-outcome.ts';
import { renderSlot } from '../render/render-slot.ts';
import { collectIncludedResources } from './collect-included-resources.ts';
import type { SlotSearchResult } from './search-slots.ts';
import type { SlotQuery } from './slot-query.ts';

export interface SearchsetBundleOptions {
  /** The provider's service root, e.g. `https://provider.example.nhs.uk/STU3/1/careconnect/booking`. */
  readonly baseUrl: string;
  readonly selfUrl: string;
  readonly bundleId: string;
  /** `meta.lastUpdated`, from the caller's clock. */
  readonly nowIso: string;
  readonly config: ProviderConfig;
}

export type SearchsetEntry =
  | { readonly fullUrl: string; readonly resource: SlotResource; readonly search: { readonly mode: 'match' } }
  | { readonly fullUrl: string; readonly resource: IncludedResource; readonly search: { readonly mode: 'include' } }
  | { readonly fullUrl: string; readonly resource: SearchOutcomeResource; readonly search: { readonly mode: 'outcome' } };

export interface SearchsetBundle {
  readonly resourceType: 'Bundle';
  readonly id: string;
  readonly meta: { readonly lastUpdated: string };
  readonly type: 'searchset';
  readonly total: number;
  readonly link: readonly { readonly relation: 'self'; readonly url: string }[];
  /** Absent rather than empty (PROF-03). */
  readonly entry?: readonly SearchsetEntry[];
}

export function toSearchsetBundle(
  result: SlotSearchResult,
  query: SlotQuery,
  view: ProviderView,
  options: SearchsetBundleOptions,
): SearchsetBundle {
  const base = options.baseUrl.replace(/\/$/, '');
  // SLOT-25: every entry has an absolute fullUrl.
  const fullUrl = (resource: { readonly resourceType: string; readonly id: string }): string => `${base}/${resource.resourceType}/${resource.id}`;
  const entry: SearchsetEntry[] = [
    ...result.matched.map((slot) => {
      const resource = renderSlot(slot);
      return { fullUrl: fullUrl(resource), resource, search: { mode: 'match' } } as const;
    }),
    ...collectIncludedResources(result, query.includes, view).map((resource) => ({ fullUrl: fullUrl(resource), resource, search: { mode: 'include' } }) as const),
  ];
  // C-06: with the switch on, say why the Bundle is empty when release rules withheld every slot.
  if (entry.length === 0 && result.withheldCount > 0 && options.config.outcomeWhenFiltered) {
    const resource = renderSearchOutcome(options.bundleId, result.withheldCount);
    entry.push({ fullUrl: `urn:uuid:${resource.id}`, resource, search: { mode: 'outcome' } });
  }
  return {
    resourceType: 'Bundle',
    id: options.bundleId,
    meta: { lastUpdated: options.nowIso },
    type: 'searchset',
    // C-27 strict: the number of matched Slots, never the includes.
    total: result.matched.length,
    link: [{ relation: 'self', url: options.selfUrl }],
    ...(entry.length > 0 ? { entry } : {}),
  };
}
