// The assurance report as data: what the HTML shows, decided before any markup is written, so the
// verdict logic is tested on values and the renderer only lays them out.
import type { ScenarioOutcome, ScenarioVerdict, LevelClass } from '../run-model/scenario-outcome.ts';
import type { VerdictRecord, WarningRecord } from '../verdict/verdict.ts';
import type { RunContext } from './report-inputs.ts';

export { LEVEL_CLASSES, SCENARIO_VERDICTS, type LevelClass, type ScenarioOutcome, type ScenarioVerdict, type StepOutcome } from '../run-model/scenario-outcome.ts';

import type { ObligationVerdict } from '../run-model/decide-obligation-verdict.ts';
export type { ObligationVerdict } from '../run-model/decide-obligation-verdict.ts';
export const OBLIGATION_VERDICTS: readonly ObligationVerdict[] = ['fail', 'inconclusive', 'skipped', 'not-run', 'untested', 'pass'];

/** A verdict or warning record as the report shows it. */
export type RecordEvidence = VerdictRecord | WarningRecord;

export interface ObligationRow {
  readonly id: string;
  readonly actor: string;
  readonly level: string;
  readonly levelClass: LevelClass;
  readonly title: string;
  readonly area: string;
  readonly scal: readonly string[];
  readonly verdict: ObligationVerdict;
  readonly inScope: boolean;
  readonly scenarios: readonly { readonly anchor: string; readonly name: string; readonly verdict: ScenarioVerdict }[];
  /** Why there is no scenario (coverage data), or why the row is out of scope. */
  readonly note?: string;
}

export interface AreaSummary {
  readonly area: string;
  readonly label: string;
  readonly scenarios: Readonly<Record<ScenarioVerdict, number>>;
  readonly obligations: Readonly<Record<ObligationVerdict, number>>;
}

export interface RunSummary {
  readonly scenarios: Readonly<Record<LevelClass, Readonly<Record<ScenarioVerdict, number>>>>;
  readonly obligations: Readonly<Record<LevelClass, Readonly<Record<ObligationVerdict, number>>>>;
  readonly areas: readonly AreaSummary[];
  readonly warnings: number;
}

export interface AssuranceReportModel {
  readonly context: RunContext;
  readonly title: string;
  /** Versions from the run context plus those the messages report (cucumber-js, Node.js). */
  readonly versions: Readonly<Record<string, string>>;
  readonly run: { readonly startedAt?: string; readonly finishedAt?: string; readonly durationMs?: number; readonly generatedAt: string };
  readonly summary: RunSummary;
  /** Failures first, then inconclusive, skipped and passed; each group in feature order. */
  readonly scenarios: readonly ScenarioOutcome[];
  /** Every obligation of the index, in index order. */
  readonly obligations: readonly ObligationRow[];
  /** Obligation tags on scenarios that the index does not know (a typo or a stale index). */
  readonly unknownObligationTags: readonly string[];
  readonly areaLabels: Readonly<Record<string, string>>;
}
