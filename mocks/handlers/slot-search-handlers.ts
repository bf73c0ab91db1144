// GET [base]/Slot: wires the pure slot-search rules to MSW. Faults (for proving the suite) act on
// the view, the query or the answer through the call's fault hooks, never inside the rules.
import { http } from 'msw';
import { parseSlotQuery } from '../domain/slot-search/parse-slot-query.ts';
import { searchSlots } from '../domain/slot-search/search-slots.ts';
import { toSearchsetBundle } from '../domain/slot-search/to-searchset-bundle.ts';
import { toSlotSearchSelfUrl } from '../domain/slot-search/to-slot-search-self-url.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { handleFhirRequest, type FhirCall, type Handled } from './handle-fhir-request.ts';

function searchSlotBundle(state: MockProviderState, call: FhirCall): Handled {
  const parsed = parseSlotQuery([...call.url.searchParams], call.config);
  if (!parsed.ok) return parsed.problem;
  const query = call.faults.query(parsed.query);
  // The faithful path never copies the store; only a faulty provider reads the data whole.
  const view = state.faults.size === 0 ? state.store : call.faults.searchView(state.store, state.store.data);
  const found = searchSlots(query, call.consumer, view, call.nowMs, call.config);
  if (!found.ok) return found.problem;
  const bundle = toSearchsetBundle(found.result, query, view, {
    baseUrl: state.baseUrl,
    selfUrl: toSlotSearchSelfUrl(state.baseUrl, query.applied),
    bundleId: crypto.randomUUID(),
    nowIso: new Date(call.nowMs).toISOString(),
    config: call.config,
  });
  return { status: 200, body: bundle };
}

export function slotSearchHandlers(state: MockProviderState) {
  return [
    http.get(`${state.baseUrl}/Slot`, ({ request }) => handleFhirRequest(state, request, 'slot-search', (call) => searchSlotBundle(state, call))),
  ];
}
