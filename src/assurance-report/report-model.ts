// The assurance report as data: what the HTML shows, decided before any markup is written, so the
// verdict logic is tested on values and the renderer only lays them out.
import type { RunContext } from './report-inputs.ts';

export type ScenarioVerdict = 'pass' | 'fail' | 'inconclusive' | 'skipped';
/** An obligation no scenario of this run verified is `untested`. */
export type ObligationVerdict = ScenarioVerdict | 'untested';
/** The level class a summary counts by: MUST (incl. MUST NOT), SHOULD (incl. SHOULD NOT), MAY (and the rest). */
export type LevelClass = 'MUST' | 'SHOULD' | 'MAY';

export const SCENARIO_VERDICTS: readonly ScenarioVerdict[] = ['fail', 'inconclusive', 'skipped', 'pass'];
export const OBLIGATION_VERDICTS: readonly ObligationVerdict[] = ['fail', 'inconclusive', 'skipped', 'untested', 'pass'];
export const LEVEL_CLASSES: readonly LevelClass[] = ['MUST', 'SHOULD', 'MAY'];

/** A verdict or warning record attached by the suite (see the verdict module). */
export interface RecordEvidence {
  readonly verdict?: string;
  readonly code: string;
  readonly message: string;
  readonly obligations: readonly string[];
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly exchangeId?: string;
}

export interface ExchangeEvidence {
  readonly id: string;
  readonly purpose: string;
  readonly label: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly request: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly body?: unknown };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly wireBytes?: number;
    readonly body?: unknown;
    readonly bodyProblem?: unknown;
    readonly utf8?: boolean;
  };
  readonly token?: { readonly header: unknown; readonly claims: unknown };
  readonly failure?: { readonly kind: string; readonly message: string };
}

/** Any other attachment, kept as text (binary ones as a note). */
export interface OtherAttachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
}

export interface StepEvidence {
  /** The Gherkin step text, or `Before hook` / `After hook`. */
  readonly text: string;
  readonly keyword: string;
  readonly status: string;
  readonly durationMs: number;
  readonly message?: string;
  /** The error the step threw, as cucumber recorded it (class name and message). */
  readonly exception?: { readonly type: string; readonly message: string };
}

export interface ScenarioReport {
  /** A stable anchor: `sc-` + feature file stem + line. */
  readonly anchor: string;
  readonly name: string;
  readonly feature: string;
  readonly uri: string;
  readonly line: number;
  readonly tags: readonly string[];
  readonly obligations: readonly string[];
  /** Obligation id prefixes (`SLOT`, `JWT`): the areas the scenario belongs to. */
  readonly areas: readonly string[];
  readonly level: LevelClass;
  readonly verdict: ScenarioVerdict;
  /** The record that decided a non-passing verdict, or a synthesised one. */
  readonly reason?: RecordEvidence;
  readonly records: readonly RecordEvidence[];
  readonly warnings: readonly RecordEvidence[];
  readonly steps: readonly StepEvidence[];
  readonly exchanges: readonly ExchangeEvidence[];
  readonly attachments: readonly OtherAttachment[];
  /** Absent when the scenario did not run. */
  readonly startedAt?: string;
  readonly durationMs: number;
  /** 0 when the scenario was not selected for this run. */
  readonly attempts: number;
}

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
  readonly scenarios: readonly ScenarioReport[];
  /** Every obligation of the index, in index order. */
  readonly obligations: readonly ObligationRow[];
  /** Obligation tags on scenarios that the index does not know (a typo or a stale index). */
  readonly unknownObligationTags: readonly string[];
  readonly areaLabels: Readonly<Record<string, string>>;
}
