// The provider run's own report files — coverage.json, coverage.md and junit.xml — kept up to date
// while the run goes on: the run model is read from the messages as they arrive, and the files are
// rewritten (atomically: a temporary file renamed over the old one) at most once per interval as
// scenarios finish, at the end, and when the run is stopped. A run stopped by Ctrl+C, SIGTERM or a
// dead target therefore leaves reports complete for what ran.
import type { Envelope } from '@cucumber/messages';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunReader, type LevelCatalogue } from '../run-model/read-run-model.ts';
import type { RunModel } from '../run-model/scenario-outcome.ts';
import { buildCoverage, type Coverage } from './build-coverage.ts';
import type { ObligationRow } from '../../spec/parse-obligations-catalogue.ts';
import { renderCoverageMarkdown } from './render-coverage-markdown.ts';
import { renderJunitXml } from './render-junit-xml.ts';

export const PROVIDER_REPORT_FILES = { coverageJson: 'coverage.json', coverageMarkdown: 'coverage.md', junit: 'junit.xml' } as const;

export interface LiveRunReportsOptions {
  readonly catalogue: readonly ObligationRow[];
  readonly untested: Readonly<Record<string, string>>;
  /** Where the files go; absent = keep the model only (tests). */
  readonly reportsDir?: string;
  /** Least time between two rewrites while scenarios finish. */
  readonly intervalMs?: number;
  readonly now?: () => Date;
}

export interface RunSnapshot {
  readonly run: RunModel;
  readonly coverage: Coverage;
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Writes the provider run's coverage and JUnit files from one run model. */
export function writeProviderReportFiles(reportsDir: string, snapshot: RunSnapshot): void {
  mkdirSync(reportsDir, { recursive: true });
  writeAtomically(join(reportsDir, PROVIDER_REPORT_FILES.coverageJson), `${JSON.stringify(snapshot.coverage, null, 2)}\n`);
  writeAtomically(join(reportsDir, PROVIDER_REPORT_FILES.coverageMarkdown), renderCoverageMarkdown(snapshot.coverage));
  writeAtomically(join(reportsDir, PROVIDER_REPORT_FILES.junit), renderJunitXml(snapshot.run, 'Provider assurance'));
}

export class LiveRunReports {
  readonly #reader: RunReader;
  readonly #options: LiveRunReportsOptions;
  #lastWriteMs = Number.NEGATIVE_INFINITY;

  constructor(options: LiveRunReportsOptions) {
    this.#options = options;
    this.#reader = new RunReader(options.catalogue satisfies LevelCatalogue);
  }

  update(envelope: Envelope): void {
    this.#reader.update(envelope);
    if (!envelope.testCaseFinished || this.#options.reportsDir === undefined) return;
    const nowMs = (this.#options.now?.() ?? new Date()).getTime();
    if (nowMs - this.#lastWriteMs < (this.#options.intervalMs ?? 1000)) return;
    this.#lastWriteMs = nowMs;
    this.flush();
  }

  /** The model as it stands, with its coverage, written to the report files when there is a folder. */
  flush(): RunSnapshot {
    const run = this.#reader.model();
    const coverage = buildCoverage(this.#options.catalogue, run.scenarios, this.#options.untested, this.#options.now?.() ?? new Date());
    if (this.#options.reportsDir !== undefined) writeProviderReportFiles(this.#options.reportsDir, { run, coverage });
    return { run, coverage };
  }
}
