// Obligation coverage, generated from the scenarios' tags and verdicts (never maintained by hand):
// for every obligation that binds a provider, the scenarios that verify it and their verdicts, or
// the reason it is not tested. Obligations nobody accounts for are listed as such.
import { decideObligationVerdict, type ObligationVerdict } from '../run-model/decide-obligation-verdict.ts';
import { type LevelClass, type ScenarioOutcome, type ScenarioVerdict } from '../run-model/scenario-outcome.ts';
import { reasonText } from '../run-model/reason-text.ts';
import { bindsProvider, isMustLevel, type ObligationRow } from '../../spec/parse-obligations-catalogue.ts';

export type { ObligationVerdict } from '../run-model/decide-obligation-verdict.ts';

export interface ObligationCoverage {
  readonly id: string;
  readonly actor: string;
  readonly level: string;
  readonly section: string;
  readonly title: string;
  readonly verdict: ObligationVerdict;
  readonly scenarios: readonly { readonly name: string; readonly location: string; readonly level: LevelClass; readonly verdict: ScenarioVerdict; readonly reason?: string }[];
  readonly untestedReason?: string;
}

export interface Coverage {
  readonly generatedAt: string;
  readonly scenarioTotals: Readonly<Record<ScenarioVerdict, number>>;
  readonly obligationTotals: Readonly<Record<ObligationVerdict, number>>;
  /** MUST scenarios that failed: the supplier's blocking findings. */
  readonly mustFailures: readonly string[];
  readonly obligations: readonly ObligationCoverage[];
  /** Provider MUSTs with neither a scenario nor a reason (should be empty). */
  readonly unaccounted: readonly string[];
  /** Obligation tags on scenarios that the catalogue does not know. */
  readonly unknownTags: readonly string[];
  /** "Warn only" findings (SHOULD-level details, tolerated lenient answers), per scenario. */
  readonly warnings: readonly { readonly scenario: string; readonly code: string; readonly obligations: readonly string[]; readonly message: string }[];
}

const SCENARIO_OUTCOMES: readonly ScenarioVerdict[] = ['pass', 'fail', 'inconclusive', 'skipped', 'not-run'];

function count<T extends string>(keys: readonly T[], values: readonly T[]): Record<T, number> {
  return Object.fromEntries(keys.map((key) => [key, values.filter((v) => v === key).length])) as Record<T, number>;
}

export function buildCoverage(catalogue: readonly ObligationRow[], results: readonly ScenarioOutcome[], untested: Readonly<Record<string, string>>, now: Date): Coverage {
  const known = new Set(catalogue.map((row) => row.id));
  const tagged = new Set(results.flatMap((r) => r.obligations));
  const rows = catalogue.filter((row) => bindsProvider(row) || tagged.has(row.id));
  const obligations = rows.map((row): ObligationCoverage => {
    const scenarios = results
      .filter((r) => r.obligations.includes(row.id))
      .map((r) => ({ name: r.name, location: `${r.uri}:${r.line}`, level: r.level, verdict: r.verdict, ...(reasonText(r) ? { reason: reasonText(r) } : {}) }));
    const reason = scenarios.length === 0 ? untested[row.id] : undefined;
    return {
      ...row,
      verdict: decideObligationVerdict(scenarios.map((s) => s.verdict)),
      scenarios,
      ...(reason ? { untestedReason: reason } : {}),
    };
  });
  return {
    generatedAt: now.toISOString(),
    scenarioTotals: count(SCENARIO_OUTCOMES, results.map((r) => r.verdict)),
    obligationTotals: count<ObligationVerdict>([...SCENARIO_OUTCOMES, 'untested'], obligations.map((o) => o.verdict)),
    mustFailures: results.filter((r) => r.level === 'MUST' && r.verdict === 'fail').map((r) => `${r.name} (${r.uri}:${r.line})`),
    obligations,
    unaccounted: obligations.filter((o) => o.verdict === 'untested' && o.untestedReason === undefined && isMustLevel(o)).map((o) => o.id),
    unknownTags: [...tagged].filter((id) => !known.has(id)).sort(),
    warnings: results.flatMap((r) => r.warnings.map((w) => ({ scenario: r.name, code: w.code, obligations: w.obligations, message: w.message }))),
  };
}
