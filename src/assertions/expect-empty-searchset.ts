// SLOT-29 (C-06): no matching slot is 200 with an empty searchset: total 0, no Slot and no related
// resource; one OperationOutcome entry with search.mode "outcome" is tolerated (or required when
// the target says so, and only when the consumer's release rules are why nothing matched: a window
// in which the target has no slot at all has nothing withheld to explain).
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { fail } from '../verdict/fail.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';

/** Why the search matches nothing: no slot exists there at all, or release rules withheld every one (C-06). */
export type EmptyCause = 'no slots' | 'withheld';

export function expectEmptySearchset(view: SearchsetView, policy: ConformancePolicy, cause: EmptyCause = 'no slots'): void {
  const outcomes = view.outcomes;
  const others = view.entries.map((e) => e.key);
  const allowedOutcomes = policy.slotSearch.emptyBundleAllowsOutcome ? 1 : 0;
  const problems = [
    ...(view.bundle.total === 0 || (view.bundle.total === undefined && policy.bundle.totalPolicy === 'optional') ? [] : [`total is ${JSON.stringify(view.bundle.total)}`]),
    ...(others.length > 0 ? [`entries: ${others.slice(0, 10).join(', ')}`] : []),
    ...(outcomes.length > allowedOutcomes ? [`${outcomes.length} outcome entries`] : []),
    ...(policy.slotSearch.requireOutcomeWhenFiltered && cause === 'withheld' && outcomes.length === 0 ? ['no outcome entry saying why'] : []),
  ];
  if (problems.length > 0) {
    fail(view.exchange, { code: 'NOT_EMPTY', obligations: ['SLOT-29'], reason: 'a search that matches no slot must return an empty searchset', expected: `total 0, no resources${allowedOutcomes ? ', at most one outcome-mode OperationOutcome' : ''}`, actual: problems });
  }
}
