// The one verdict decider: a scenario's verdict for the supplier from its step statuses and the
// verdict records the suite attached. The records are the truth when present: cucumber only has
// "failed", and the suite fails loudly for its own defects too, which must never count against the
// supplier. Worst wins: fail, then inconclusive, then skipped, then pass.
// Two cases are decided on purpose (and pinned by the table beside this file):
// - a scenario with no steps verifies nothing, so it is skipped (SKIPPED_NO_STEPS), never a pass;
// - a step left "pending" with no verdict record did not go through an InconclusiveError (which
//   always attaches one): it is this suite's unfinished step, inconclusive with HARNESS_PENDING_STEP,
//   and so makes the run exit 2 like any other defect of the suite.
import type { VerdictRecord } from '../verdict/verdict.ts';
import type { ScenarioVerdict } from './scenario-outcome.ts';

export interface StepStatus {
  readonly text: string;
  readonly status: string;
  readonly message?: string;
}

export interface ScenarioDecision {
  readonly verdict: ScenarioVerdict;
  readonly reason?: VerdictRecord;
}

/** What the decider says about a scenario that never started. */
export const NOT_SELECTED: VerdictRecord = { verdict: 'skipped', code: 'SKIPPED_NOT_RUN', message: 'not selected for this run', obligations: [] };
export const UNFINISHED: VerdictRecord = { verdict: 'skipped', code: 'SKIPPED_UNFINISHED', message: 'the run stopped before this scenario finished', obligations: [] };

const UNDECIDED_STATUSES = new Set(['FAILED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'UNKNOWN']);

const firstLine = (text: string | undefined): string => (text ?? '').split('\n')[0];
const inconclusive = (code: string, message: string): VerdictRecord => ({ verdict: 'inconclusive', code, message, obligations: [] });
const skipped = (code: string, message: string): VerdictRecord => ({ verdict: 'skipped', code, message, obligations: [] });

/** Why a step left the scenario undecided when no record says so (a defect of the suite itself). */
function undecidedReason(step: StepStatus): VerdictRecord {
  switch (step.status) {
    case 'UNDEFINED':
      return inconclusive('HARNESS_UNDEFINED_STEP', `no step definition matches "${step.text}"`);
    case 'AMBIGUOUS':
      return inconclusive('HARNESS_ERROR', `several step definitions match "${step.text}"`);
    case 'PENDING':
      return inconclusive('HARNESS_PENDING_STEP', `"${step.text}" is pending without a verdict record`);
    default:
      return inconclusive('HARNESS_ERROR', firstLine(step.message) || `"${step.text}" ended ${step.status}`);
  }
}

/**
 * `steps` is undefined when the scenario has no finished attempt: `scheduled` then says whether the
 * run selected it (and stopped before it finished) or filtered it out.
 */
export function decideScenarioVerdict(steps: readonly StepStatus[] | undefined, records: readonly VerdictRecord[], scheduled = true): ScenarioDecision {
  if (steps === undefined) return { verdict: 'not-run', reason: scheduled ? UNFINISHED : NOT_SELECTED };
  const first = (verdict: VerdictRecord['verdict']) => records.find((record) => record.verdict === verdict);
  const failed = first('fail');
  if (failed) return { verdict: 'fail', reason: failed };
  const recorded = first('inconclusive');
  if (recorded) return { verdict: 'inconclusive', reason: recorded };
  const undecided = steps.find((step) => UNDECIDED_STATUSES.has(step.status));
  if (undecided) return { verdict: 'inconclusive', reason: undecidedReason(undecided) };
  const skip = first('skipped');
  if (skip) return { verdict: 'skipped', reason: skip };
  const skippedStep = steps.find((step) => step.status === 'SKIPPED');
  if (skippedStep) return { verdict: 'skipped', reason: skipped('SKIPPED_NOT_RUN', `"${skippedStep.text}" was skipped`) };
  if (steps.length === 0) return { verdict: 'skipped', reason: skipped('SKIPPED_NO_STEPS', 'the scenario has no steps, so it verifies nothing') };
  return { verdict: 'pass' };
}
