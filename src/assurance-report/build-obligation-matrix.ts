// Every obligation of the index → the scenarios tagged with it → one verdict, by the run model's
// rule (decideObligationVerdict), the same as the coverage files use.
import { areaOfObligation } from '../run-model/area-of-obligation.ts';
import { classifyLevel } from '../../spec/classify-level.ts';
import { decideObligationVerdict } from '../run-model/decide-obligation-verdict.ts';
import type { CoverageInput, ObligationsIndex } from './report-inputs.ts';
import type { ObligationRow, ScenarioOutcome } from './report-model.ts';
import { scalIdsFromSource } from './scal-ids-from-source.ts';

export interface MatrixOptions {
  readonly coverage?: CoverageInput;
  /** Actors whose obligations this suite verifies (`Provider` and `Both` for the provider suite). */
  readonly actorsInScope: readonly string[];
}

function untestedReason(coverage: CoverageInput | undefined, id: string): string | undefined {
  return coverage?.untested?.[id] ?? coverage?.obligations?.find((row) => row.id === id)?.untestedReason;
}

export function buildObligationMatrix(index: ObligationsIndex, scenarios: readonly ScenarioOutcome[], options: MatrixOptions): ObligationRow[] {
  const byObligation = new Map<string, ScenarioOutcome[]>();
  for (const scenario of scenarios) {
    for (const id of scenario.obligations) byObligation.set(id, [...(byObligation.get(id) ?? []), scenario]);
  }
  return index.obligations.map((entry) => {
    const tagged = byObligation.get(entry.id) ?? [];
    // Actors may be combined ("Consumer / Provider"): any in-scope actor named puts the row in scope.
    const inScope = tagged.length > 0 || options.actorsInScope.some((actor) => entry.actor.toLowerCase().includes(actor.toLowerCase()));
    const reason = untestedReason(options.coverage, entry.id);
    const note = tagged.length > 0 ? undefined : !inScope ? `${entry.actor} obligation: outside the scope of this suite` : (reason ?? 'No scenario verifies this obligation yet');
    return {
      id: entry.id,
      actor: entry.actor,
      level: entry.level,
      levelClass: classifyLevel(entry.level),
      title: entry.title,
      area: areaOfObligation(entry.id),
      scal: entry.scal ?? scalIdsFromSource(entry.source ?? ''),
      verdict: decideObligationVerdict(tagged.map((scenario) => scenario.verdict)),
      inScope,
      scenarios: tagged.map((scenario) => ({ anchor: scenario.anchor, name: scenario.name, verdict: scenario.verdict })),
      ...(note ? { note } : {}),
    };
  });
}
