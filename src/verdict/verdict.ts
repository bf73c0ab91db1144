// The three outcomes a scenario can have for the supplier, plus "skipped" (the target declared no
// data for it). Inconclusive is never the supplier's fault: network trouble, a missing tool, or a
// defect in this harness (Inferno keeps assertion failures and tool errors apart the same way).

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'skipped';

/** Why a verdict is inconclusive. `HARNESS_*` codes mean this suite is at fault, not the target. */
export type InconclusiveCode =
  | 'INCONCLUSIVE_NETWORK'
  | 'INCONCLUSIVE_TIMEOUT'
  /** The run's circuit breaker is open: the target stopped answering, so nothing more was sent. */
  | 'INCONCLUSIVE_UNREACHABLE'
  | 'INCONCLUSIVE_TLS'
  | 'INCONCLUSIVE_CLOCK_SKEW'
  | 'INCONCLUSIVE_VALIDATOR_UNAVAILABLE'
  | 'INCONCLUSIVE_PRECONDITION'
  | 'HARNESS_ERROR'
  | 'HARNESS_UNASSERTED_EXCHANGE'
  | 'HARNESS_NO_EXCHANGE'
  | 'HARNESS_UNDEFINED_STEP'
  | 'HARNESS_PENDING_STEP';

/**
 * Why a scenario has no pass or fail: the target declares no data for it, a recording never
 * exercised it, it has no steps, or the run did not select it or stopped before it finished.
 */
export type SkipCode = 'SKIPPED_TARGET_DATA' | 'SKIPPED_NOT_DECLARED' | 'SKIPPED_NOT_EXERCISED' | 'SKIPPED_NO_STEPS' | 'SKIPPED_NOT_RUN' | 'SKIPPED_UNFINISHED';

/** What the suite records about a non-passing step, read back from the run's messages. */
export interface VerdictRecord {
  readonly verdict: Exclude<Verdict, 'pass'>;
  readonly code: string;
  readonly message: string;
  readonly obligations: readonly string[];
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly exchangeId?: string;
}

/** A check that does not fail the scenario (e.g. "warn only" rows of the catalogue). */
export interface WarningRecord {
  readonly code: string;
  readonly message: string;
  readonly obligations: readonly string[];
  readonly exchangeId?: string;
}

export function isHarnessCode(code: string): boolean {
  return code.startsWith('HARNESS_');
}
