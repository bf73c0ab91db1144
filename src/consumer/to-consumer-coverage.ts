// Coverage of the consumer obligations, generated from the run model's scenario outcomes and their
// tags: obligation → scenarios → verdict. A composite obligation (CAP-10, BOOK-01, …) is the tag its
// component scenarios carry. The run fails exactly when a MUST obligation that the traffic exercised
// failed; a scenario the suite could not decide (inconclusive) is a harness error, never the
// consumer's failure.
import { CONSUMER_OBLIGATIONS } from '../../mocks/domain/judge/consumer-obligations.ts';
import type { ObligationLevel } from '../../mocks/domain/judge/consumer-obligations.ts';
import { NOT_TESTABLE_HERE } from '../../mocks/domain/judge/not-testable-here.ts';
import type { NotTestableHere } from '../../mocks/domain/judge/not-testable-here.ts';
import type { ScenarioOutcome, ScenarioVerdict } from '../run-model/scenario-outcome.ts';

export type CoverageVerdict = 'pass' | 'fail' | 'warn' | 'not-exercised' | 'error' | 'no-scenario';

export interface CoverageRow {
  readonly id: string;
  readonly level: ObligationLevel;
  readonly title: string;
  readonly verdict: CoverageVerdict;
  readonly scenarios: readonly { readonly name: string; readonly verdict: ScenarioVerdict }[];
  /** Why its scenarios were skipped (not exercised). */
  readonly reasons: readonly string[];
  readonly warnings: readonly string[];
  readonly failures: readonly string[];
}

export interface ConsumerCoverage {
  readonly verdict: 'pass' | 'fail';
  readonly rows: readonly CoverageRow[];
  readonly notTestable: readonly NotTestableHere[];
  /** MUST obligations that failed. */
  readonly mustFailures: readonly string[];
  /** Scenarios that could not decide (undefined steps, our own errors). */
  readonly harnessErrors: readonly string[];
}

const isHarnessError = (r: ScenarioOutcome): boolean => r.verdict === 'inconclusive';
const describe = (r: ScenarioOutcome): string => (r.reason ? `${r.reason.obligations.length > 0 ? `${r.reason.obligations.join(', ')} ` : ''}${r.reason.code}: ${r.reason.message}` : r.verdict);

const unique = (items: readonly string[]): string[] => [...new Set(items)];

function verdictOf(scenarios: readonly ScenarioOutcome[], level: ObligationLevel): CoverageVerdict {
  if (scenarios.length === 0) return 'no-scenario';
  if (scenarios.some(isHarnessError)) return 'error';
  if (scenarios.some((s) => s.verdict === 'fail')) return level === 'MUST' ? 'fail' : 'warn';
  if (scenarios.some((s) => s.verdict === 'pass' && s.warnings.length > 0)) return 'warn';
  return scenarios.some((s) => s.verdict === 'pass') ? 'pass' : 'not-exercised';
}

export function toConsumerCoverage(results: readonly ScenarioOutcome[]): ConsumerCoverage {
  const rows = CONSUMER_OBLIGATIONS.map((row): CoverageRow => {
    const scenarios = results.filter((r) => r.scheduled && r.obligations.includes(row.id));
    return {
      id: row.id,
      level: row.level,
      title: row.title,
      verdict: verdictOf(scenarios, row.level),
      scenarios: scenarios.map((s) => ({ name: s.name, verdict: s.verdict })),
      reasons: unique(scenarios.flatMap((s) => (s.verdict === 'skipped' && s.reason ? [s.reason.message] : []))),
      warnings: unique(scenarios.flatMap((s) => s.warnings.map((w) => w.message))),
      failures: unique(scenarios.flatMap((s) => (s.verdict === 'fail' ? [describe(s)] : []))),
    };
  });
  const mustFailures = rows.filter((r) => r.level === 'MUST' && r.verdict === 'fail').map((r) => r.id);
  return {
    verdict: mustFailures.length > 0 ? 'fail' : 'pass',
    rows,
    notTestable: NOT_TESTABLE_HERE,
    mustFailures,
    harnessErrors: results.filter(isHarnessError).map((r) => `${r.name} (${describe(r)})`),
  };
}
