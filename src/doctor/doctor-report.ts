// What `npm run doctor` finds out about a target before a run: one line per check, the clock
// offset, and which scenario groups will run or be skipped. Warnings never fail the doctor; a
// failed check means a run now would mostly measure our set-up, not the supplier.
import type { TargetConfig } from '../targets/target-config.ts';
import type { ClockSkewEstimate } from './estimate-clock-skew.ts';
import type { GroupPlan } from './plan-scenario-groups.ts';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skipped';

export type DoctorCheckId =
  | 'target.file'
  | 'tls.material'
  | 'net.dns'
  | 'net.connect'
  | 'tls.handshake'
  | 'capability.fetch'
  | 'capability.valid'
  | 'capability.fhir-version'
  | 'capability.slot-search'
  | 'clock.offset'
  | 'data.free-slots'
  | 'data.unknown-service'
  | 'data.without-slots'
  | 'data.empty-window'
  | 'data.multi-schedule'
  | 'data.shared-schedule-pair'
  | 'data.schedules-by-service'
  | 'data.withheld-slots'
  | 'data.unseen-consumer';

export interface DoctorCheck {
  readonly id: DoctorCheckId;
  readonly title: string;
  readonly status: CheckStatus;
  /** One line saying what was found. */
  readonly detail: string;
  /** What to do about a warning or failure. */
  readonly remedy?: string;
  /** Catalogue ids the check stands in front of. */
  readonly obligations?: readonly string[];
}

export interface DoctorReport {
  /** The target as declared, passphrase redacted; absent when the file could not be loaded. */
  readonly target?: TargetConfig;
  readonly checkedAt: string;
  readonly checks: readonly DoctorCheck[];
  readonly clockSkew?: ClockSkewEstimate;
  readonly scenarioGroups: readonly GroupPlan[];
  /** True when any check failed (the CLI exits 1). */
  readonly failed: boolean;
}

type CheckFacts = Omit<DoctorCheck, 'id' | 'title' | 'status'>;

/** A check row; `remedy` is dropped on `ok` rows so a report never tells you to fix what works. */
export function makeCheck(id: DoctorCheckId, title: string, status: CheckStatus, facts: CheckFacts): DoctorCheck {
  const { remedy, obligations, detail } = facts;
  return {
    id,
    title,
    status,
    detail,
    ...(remedy !== undefined && status !== 'ok' && status !== 'skipped' ? { remedy } : {}),
    ...(obligations && obligations.length > 0 ? { obligations } : {}),
  };
}

export function hasFailures(checks: readonly DoctorCheck[]): boolean {
  return checks.some((check) => check.status === 'fail');
}
