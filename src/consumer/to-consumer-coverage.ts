// Coverage of the consumer obligations, generated from the scenarios' tags: obligation → scenarios →
// verdict. A composite obligation (CAP-10, BOOK-01, …) is the tag its component scenarios carry.
// The run fails exactly when a MUST obligation that the traffic exercised failed; a scenario that
// failed for the suite's own reasons is a harness error, never the consumer's failure.
import { CONSUMER_OBLIGATIONS } from '../../mocks/domain/judge/consumer-obligations.ts';
import type { ObligationLevel } from '../../mocks/domain/judge/consumer-obligations.ts';
import { NOT_TESTABLE_HERE } from '../../mocks/domain/judge/not-testable-here.ts';
import type { NotTestableHere } from '../../mocks/domain/judge/not-testable-here.ts';
import type { ScenarioResult, ScenarioStatus } from './summarise-consumer-run.ts';

export type CoverageVerdict = 'pass' | 'fail' | 'warn' | 'not-exercised' | 'error' | 'no-scenario';

export interface CoverageRow {
  readonly id: string;
  readonly level: ObligationLevel;
  readonly title: string;
  readonly verdict: CoverageVerdict;
  readonly scenarios: readonly { readonly name: string; readonly status: ScenarioStatus }[];
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

/** The code a consumer failure carries (expectConsumerObligation); any other failure is ours. */
export const CONSUMER_FAILURE_CODE = 'CONSUMER_OBLIGATION_FAILED';

const isHarnessError = (r: ScenarioResult): boolean =>
  ['undefined', 'ambiguous', 'pending', 'unknown'].includes(r.status) || (r.status === 'failed' && !(r.failure ?? '').includes(CONSUMER_FAILURE_CODE));

const unique = (items: readonly string[]): string[] => [...new Set(items)];

function verdictOf(scenarios: readonly ScenarioResult[], level: ObligationLevel): CoverageVerdict {
  if (scenarios.length === 0) return 'no-scenario';
  if (scenarios.some(isHarnessError)) return 'error';
  if (scenarios.some((s) => s.status === 'failed')) return level === 'MUST' ? 'fail' : 'warn';
  if (scenarios.some((s) => s.status === 'passed' && s.warnings.length > 0)) return 'warn';
  return scenarios.some((s) => s.status === 'passed') ? 'pass' : 'not-exercised';
}

export function toConsumerCoverage(results: readonly ScenarioResult[]): ConsumerCoverage {
  const rows = CONSUMER_OBLIGATIONS.map((row): CoverageRow => {
    const scenarios = results.filter((r) => r.tags.includes(`@${row.id}`));
    return {
      id: row.id,
      level: row.level,
      title: row.title,
      verdict: verdictOf(scenarios, row.level),
      scenarios: scenarios.map((s) => ({ name: s.name, status: s.status })),
      reasons: unique(scenarios.flatMap((s) => (s.skipReason ? [s.skipReason] : []))),
      warnings: unique(scenarios.flatMap((s) => s.warnings)),
      failures: unique(scenarios.flatMap((s) => (s.status === 'failed' && s.failure ? [s.failure.split('\n')[0]] : []))),
    };
  });
  const mustFailures = rows.filter((r) => r.level === 'MUST' && r.verdict === 'fail').map((r) => r.id);
  return {
    verdict: mustFailures.length > 0 ? 'fail' : 'pass',
    rows,
    notTestable: NOT_TESTABLE_HERE,
    mustFailures,
    harnessErrors: results.filter(isHarnessError).map((r) => `${r.name} (${r.status})`),
  };
}
