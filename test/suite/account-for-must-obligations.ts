// Which provider MUST obligations the suite checks (a scenario carries the tag), and whether each is
// broken by at least one purpose-built fault of the mock or listed as unexercisable with a reason.
import { bindsProvider, isMustLevel, type ObligationRow } from '../../spec/parse-obligations-catalogue.ts';
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';

export interface MustAccounting {
  /** Provider MUSTs that some scenario checks. */
  readonly checked: readonly string[];
  /** Checked, but broken by no fault and not listed as unexercisable. */
  readonly unaccounted: readonly string[];
  /** Listed as unexercisable although a fault breaks them. */
  readonly listedButFaulted: readonly string[];
  /** Listed as unexercisable although no scenario checks them, or not a provider MUST at all. */
  readonly listedNeedlessly: readonly string[];
}

export function accountForMustObligations(
  catalogue: readonly ObligationRow[],
  results: readonly ScenarioOutcome[],
  faults: Readonly<Record<string, { readonly obligations: readonly string[] }>>,
  unexercisable: Readonly<Record<string, string>>,
): MustAccounting {
  const tagged = new Set(results.flatMap((result) => result.obligations));
  const checked = catalogue.filter((row) => bindsProvider(row) && isMustLevel(row) && tagged.has(row.id)).map((row) => row.id);
  const broken = new Set(Object.values(faults).flatMap((fault) => fault.obligations));
  const listed = Object.keys(unexercisable);
  return {
    checked,
    unaccounted: checked.filter((id) => !broken.has(id) && !listed.includes(id)),
    listedButFaulted: listed.filter((id) => broken.has(id)),
    listedNeedlessly: listed.filter((id) => !checked.includes(id)),
  };
}
