// The model of a run: one ScenarioOutcome per scenario of the features and every exchange the run
// recorded, read once from cucumber's messages (readRunModel) and handed to every writer — coverage
// (JSON, Markdown), JUnit, the HTML assurance report, the evidence pack and the exit code — for the
// provider and the consumer suite alike.
import type { ExchangeEvidence } from '../client/exchange-attachment.ts';
import type { LevelClass } from '../../spec/classify-level.ts';
import type { Verdict, VerdictRecord, WarningRecord } from '../verdict/verdict.ts';

/** A scenario's verdict, or `not-run` when the run did not select it or stopped before it finished. */
export type ScenarioVerdict = Verdict | 'not-run';
/** Worst first: the order reports list scenarios in. */
export const SCENARIO_VERDICTS: readonly ScenarioVerdict[] = ['fail', 'inconclusive', 'skipped', 'not-run', 'pass'];

export { LEVEL_CLASSES, type LevelClass } from '../../spec/classify-level.ts';

export interface StepOutcome {
  /** The Gherkin step text, or `Before hook` / `After hook`. */
  readonly text: string;
  readonly keyword: string;
  /** Cucumber's status (PASSED, FAILED, PENDING, SKIPPED, UNDEFINED, AMBIGUOUS, UNKNOWN), or NOT RUN. */
  readonly status: string;
  readonly durationMs: number;
  readonly message?: string;
  /** The error the step threw, as cucumber recorded it (class name and message). */
  readonly exception?: { readonly type: string; readonly message: string };
}

/** Any other attachment, kept as text (binary ones as a note). */
export interface OtherAttachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
}

export interface ScenarioOutcome {
  /** The pickle id. */
  readonly id: string;
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
  /** The record that decided a non-passing verdict, or one the decider wrote. */
  readonly reason?: VerdictRecord;
  readonly records: readonly VerdictRecord[];
  readonly warnings: readonly WarningRecord[];
  readonly steps: readonly StepOutcome[];
  readonly exchanges: readonly ExchangeEvidence[];
  readonly attachments: readonly OtherAttachment[];
  /** True when the run selected the scenario (cucumber made a test case of it). */
  readonly scheduled: boolean;
  /** Absent when the scenario did not start. */
  readonly startedAt?: string;
  readonly durationMs: number;
  /** 0 when the scenario did not start. */
  readonly attempts: number;
}

/** One attempt of a scenario, for traffic that keeps retried attempts. */
export interface ScenarioRef {
  /** `<uri>:<line>` plus `#<attempt>` when retried. */
  readonly id: string;
  readonly name: string;
  readonly startedAt: string;
}

export interface ScenarioExchange {
  readonly scenario: ScenarioRef;
  readonly exchange: ExchangeEvidence;
}

export interface RunModel {
  /** Every scenario of the features, in feature order. */
  readonly scenarios: readonly ScenarioOutcome[];
  /** Every exchange the run recorded, retried attempts included, in the order they were made. */
  readonly traffic: readonly ScenarioExchange[];
  /** Tool versions the messages report (cucumber-js, Node.js, the message protocol). */
  readonly versions: Readonly<Record<string, string>>;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly durationMs?: number;
  /** False while the run is going on, or when it was stopped before cucumber finished it. */
  readonly finished: boolean;
}
