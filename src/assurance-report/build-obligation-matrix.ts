// Every obligation of the index → the scenarios tagged with it → one verdict: the worst verdict
// among the scenarios that ran (fail, then inconclusive, then pass), skipped only when none of them
// ran — the same rule as the coverage files, so the two never disagree about an obligation.
import { areaOfObligation } from './area-of-obligation.ts';
import { classifyLevel } from '../run-model/classify-level.ts';
import type { CoverageInput, ObligationsIndex } from './report-inputs.ts';
import type { ObligationRow, ObligationVerdict, ScenarioReport } from './report-model.ts';
import { scalIdsFromSource } from './scal-ids-from-source.ts';

const PRECEDENCE: readonly ObligationVerdict[] = ['fail', 'inconclusive', 'pass', 'skipped'];

export interface MatrixOptions {
  readonly coverage?: CoverageInput;
  /** Actors whose obligations this suite verifies (`Provider` and `Both` for the provider suite). */
  readonly actorsInScope: readonly string[];
}

function untestedReason(coverage: CoverageInput | undefined, id: string): string | undefined {
  return coverage?.untested?.[id] ?? coverage?.obligations?.find((row) => row.id === id)?.untestedReason;
}

export function aggregateVerdict(verdicts: readonly ObligationVerdict[]): ObligationVerdict {
  return PRECEDENCE.find((verdict) => verdicts.includes(verdict)) ?? 'untested';
}

export function buildObligationMatrix(index: ObligationsIndex, scenarios: readonly ScenarioReport[], options: MatrixOptions): ObligationRow[] {
  const byObligation = new Map<string, ScenarioReport[]>();
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
      verdict: aggregateVerdict(tagged.map((scenario) => scenario.verdict)),
      inScope,
      scenarios: tagged.map((scenario) => ({ anchor: scenario.anchor, name: scenario.name, verdict: scenario.verdict })),
      ...(note ? { note } : {}),
    };
  });
}
