// FHIR lets a searchset carry OperationOutcome entries with `search.mode` outcome, "information
// about the search process" (Bundle.entry.search.mode). C-06 tolerates one on an empty result;
// a provider may just as well add one to a result with Slots.
import { entriesOf, onSearchset, withEntries, type Entry } from '../faults/searchset-transform.ts';
import type { FaultBehaviour } from '../faults/fault-behaviour.ts';

function outcomeEntry(id: string, diagnostics: string, withFullUrl: boolean): Entry {
  return {
    ...(withFullUrl ? { fullUrl: `urn:uuid:${id}` } : {}),
    resource: { resourceType: 'OperationOutcome', id, issue: [{ severity: 'information', code: 'informational', diagnostics }] },
    search: { mode: 'outcome' },
  };
}

/** An outcome entry without fullUrl on every searchset that has no other entry. */
export const OUTCOME_ON_EMPTY: FaultBehaviour = onSearchset((bundle) => (entriesOf(bundle).length > 0 ? bundle
  : withEntries(bundle, [outcomeEntry(crypto.randomUUID(), 'No slots match the search', false)])));

/** An outcome entry after the results of every searchset that has Slots. */
export const OUTCOME_ON_RESULTS: FaultBehaviour = onSearchset((bundle) => {
  const entries = entriesOf(bundle);
  const slots = entries.filter((entry) => entry.resource.resourceType === 'Slot').length;
  return slots === 0 ? bundle : withEntries(bundle, [...entries, outcomeEntry(crypto.randomUUID(), `${slots} slots match the search`, true)]);
});
