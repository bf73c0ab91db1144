// The verdict of one scenario from its step statuses and the verdict records its steps attached.
// Worst wins: fail, then inconclusive, then skipped, then pass. A scenario the run filtered out is
// "not-run". Undefined or ambiguous steps are this suite's defect: inconclusive, never a failure.
import type { Verdict, VerdictRecord } from '../verdict/verdict.ts';

export type ScenarioOutcome = Verdict | 'not-run';

export interface DecidedVerdict {
  readonly verdict: ScenarioOutcome;
  readonly reason?: string;
}

const describe = (record: VerdictRecord) => `${record.code}: ${record.message}`;

export function decideScenarioVerdict(statuses: readonly string[] | undefined, records: readonly VerdictRecord[]): DecidedVerdict {
  if (statuses === undefined) return { verdict: 'not-run', reason: 'not selected for this run' };
  const first = (verdict: VerdictRecord['verdict']) => records.find((record) => record.verdict === verdict);
  const failure = first('fail');
  if (failure) return { verdict: 'fail', reason: describe(failure) };
  const inconclusive = first('inconclusive');
  if (inconclusive) return { verdict: 'inconclusive', reason: describe(inconclusive) };
  if (statuses.some((s) => s === 'UNDEFINED' || s === 'AMBIGUOUS')) return { verdict: 'inconclusive', reason: 'HARNESS_UNDEFINED_STEP: a step has no (or more than one) definition' };
  if (statuses.some((s) => s === 'FAILED' || s === 'PENDING' || s === 'UNKNOWN')) return { verdict: 'inconclusive', reason: 'HARNESS_ERROR: a step or hook failed without a verdict record' };
  const skipped = first('skipped');
  if (skipped || statuses.some((s) => s === 'SKIPPED')) return { verdict: 'skipped', reason: skipped ? describe(skipped) : 'skipped' };
  return { verdict: 'pass' };
}
