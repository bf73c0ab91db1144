// A scenario's verdict for the supplier, from its cucumber step statuses and the verdict records the
// suite attached. The records are the truth when present: cucumber only has "failed", and the suite
// fails loudly for its own defects too, which must never count against the supplier.
import type { RecordEvidence, ScenarioVerdict } from '../assurance-report/report-model.ts';

export interface StepOutcome {
  readonly text: string;
  readonly status: string;
  readonly message?: string;
}

export interface ScenarioDecision {
  readonly verdict: ScenarioVerdict;
  readonly reason?: RecordEvidence;
}

const INCONCLUSIVE_STATUSES = new Set(['FAILED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'UNKNOWN']);

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0];
}

/** Why a step left the scenario undecided when no record says so (a defect of the suite itself). */
function synthesiseInconclusive(step: StepOutcome): RecordEvidence {
  switch (step.status) {
    case 'UNDEFINED':
      return { verdict: 'inconclusive', code: 'HARNESS_UNDEFINED_STEP', message: `no step definition matches "${step.text}"`, obligations: [] };
    case 'AMBIGUOUS':
      return { verdict: 'inconclusive', code: 'HARNESS_ERROR', message: `several step definitions match "${step.text}"`, obligations: [] };
    case 'PENDING':
      return { verdict: 'inconclusive', code: 'INCONCLUSIVE_PRECONDITION', message: `"${step.text}" is pending`, obligations: [] };
    default:
      return { verdict: 'inconclusive', code: 'HARNESS_ERROR', message: firstLine(step.message) || `"${step.text}" ended ${step.status}`, obligations: [] };
  }
}

export function decideScenarioVerdict(steps: readonly StepOutcome[], records: readonly RecordEvidence[]): ScenarioDecision {
  const failed = records.find((record) => record.verdict === 'fail');
  if (failed) return { verdict: 'fail', reason: failed };
  const undecided = steps.find((step) => INCONCLUSIVE_STATUSES.has(step.status));
  const inconclusive = records.find((record) => record.verdict === 'inconclusive');
  if (inconclusive) return { verdict: 'inconclusive', reason: inconclusive };
  if (undecided) return { verdict: 'inconclusive', reason: synthesiseInconclusive(undecided) };
  const skipped = records.find((record) => record.verdict === 'skipped');
  if (skipped) return { verdict: 'skipped', reason: skipped };
  const skippedStep = steps.find((step) => step.status === 'SKIPPED');
  if (skippedStep || steps.length === 0) {
    return { verdict: 'skipped', reason: { verdict: 'skipped', code: 'SKIPPED_NOT_RUN', message: skippedStep ? `"${skippedStep.text}" was skipped` : 'the scenario has no steps', obligations: [] } };
  }
  return { verdict: 'pass' };
}
