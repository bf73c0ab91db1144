// Maps whatever a step threw to the verdict it stands for and to what cucumber should record:
// a conformance failure fails the step; inconclusive becomes cucumber's "pending" (a status of its
// own, never "failed"); a missing-data skip becomes "skipped"; anything else is our own defect,
// failed loudly in cucumber but inconclusive for the supplier.
import { ConformanceFailure } from './conformance-failure.ts';
import { HarnessDefect } from './harness-defect.ts';
import { InconclusiveError } from './inconclusive-error.ts';
import { ScenarioSkipped } from './scenario-skipped.ts';
import type { VerdictRecord } from './verdict.ts';

export type CucumberOutcome = 'rethrow' | 'pending' | 'skipped';

export interface ClassifiedError {
  readonly record: VerdictRecord;
  readonly outcome: CucumberOutcome;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function toVerdictRecord(error: unknown): ClassifiedError {
  if (error instanceof ConformanceFailure) {
    return {
      outcome: 'rethrow',
      record: {
        verdict: 'fail',
        code: error.code,
        message: error.reason,
        obligations: error.obligations,
        expected: error.expected,
        actual: error.actual,
        ...(error.exchangeId ? { exchangeId: error.exchangeId } : {}),
      },
    };
  }
  if (error instanceof InconclusiveError) {
    return {
      outcome: 'pending',
      record: {
        verdict: 'inconclusive',
        code: error.code,
        message: error.reason,
        obligations: error.obligations,
        ...(error.exchangeId ? { exchangeId: error.exchangeId } : {}),
      },
    };
  }
  if (error instanceof ScenarioSkipped) {
    return { outcome: 'skipped', record: { verdict: 'skipped', code: error.code, message: error.reason, obligations: [] } };
  }
  if (error instanceof HarnessDefect) {
    return { outcome: 'rethrow', record: { verdict: 'inconclusive', code: error.code, message: error.detail, obligations: [] } };
  }
  return { outcome: 'rethrow', record: { verdict: 'inconclusive', code: 'HARNESS_ERROR', message: messageOf(error), obligations: [] } };
}
