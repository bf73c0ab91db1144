// Runs the provider suite through cucumber's API: the configuration file's formats (reports/),
// the target or the embedded mock, tag and name filters, parallel workers, and a rerun of the
// previous run's failures. The run model is read once from the live messages; coverage.json,
// coverage.md and junit.xml are written from it as scenarios finish, at the end, and on SIGINT or
// SIGTERM. Returns the model, its coverage and the exit code they imply.
import { loadConfiguration, runCucumber, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { CODE_EXTENSION, PACKAGE_ROOT } from '../package-root.ts';
import type { EmbeddedMockOptions } from '../targets/start-embedded-target.ts';
import { decideExitCode, type ExitCode } from '../run-model/decide-exit-code.ts';
import type { RunModel, ScenarioOutcome } from '../run-model/scenario-outcome.ts';
import type { Coverage } from './build-coverage.ts';
import { LiveRunReports, type RunSnapshot } from './live-run-reports.ts';
import { OBLIGATIONS } from '../../spec/obligations-index.ts';
import { UNTESTED_OBLIGATIONS } from './untested-obligations.ts';

export const RERUN_FILE = 'reports/rerun.txt';

export interface AssuranceOptions {
  /** A target file; absent = the embedded mock. */
  readonly target?: string;
  readonly mock?: EmbeddedMockOptions;
  readonly tags?: string;
  readonly names?: readonly string[];
  readonly parallel?: number;
  /** Run only the scenarios the previous run wrote to reports/rerun.txt. */
  readonly rerun?: boolean;
  /** Further cucumber options, argv-style (e.g. `['--retry', '1']`). */
  readonly cucumberArgs?: readonly string[];
  /** The cucumber configuration file, or false for none (no report files; used by tests). */
  readonly configFile?: string | false;
  /** Reuse the step definitions of an earlier in-process run (serial runs only). */
  readonly support?: ISupportCodeLibrary;
  /** Where cucumber's console output goes (process.stdout by default). */
  readonly stdout?: Writable;
  /** Where coverage.json, coverage.md and junit.xml go: `reports` with a configuration file, else none. */
  readonly reportsDir?: string | false;
  /**
   * Called once, with the reports of what ran written, when the process gets SIGINT or SIGTERM
   * during the run; it decides what happens next (the CLI writes the rest and exits).
   */
  readonly onStop?: (stopped: StoppedRun) => Promise<void> | void;
  /** Where SIGINT and SIGTERM come from: the process by default (tests pass an emitter). */
  readonly signals?: SignalSource;
}

export interface SignalSource {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  removeListener(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface AssuranceRun {
  readonly run: RunModel;
  /** The run model's scenarios (every scenario of the features). */
  readonly results: readonly ScenarioOutcome[];
  readonly coverage: Coverage;
  readonly exitCode: ExitCode;
  readonly support: ISupportCodeLibrary;
}

export interface StoppedRun extends RunSnapshot {
  readonly signal: NodeJS.Signals;
  readonly exitCode: ExitCode;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

function argv(options: AssuranceOptions): string[] {
  return [
    ...(options.tags ? ['--tags', options.tags] : []),
    ...(options.names ?? []).flatMap((name) => ['--name', name]),
    ...(options.parallel ? ['--parallel', String(options.parallel)] : []),
    '--world-parameters', JSON.stringify({ ...(options.target ? { target: options.target } : {}), ...(options.mock ? { mock: options.mock } : {}) }),
    ...(options.cucumberArgs ?? []),
  ];
}

/** The scenarios the previous run did not pass (cucumber's rerun format: `path:line[:line…]`). */
export async function readRerunList(file: string = RERUN_FILE): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

export async function runAssurance(options: AssuranceOptions = {}): Promise<AssuranceRun> {
  // Read before the run: the rerun formatter empties the file as the new run starts.
  return run(options, options.rerun ? await readRerunList() : undefined);
}

async function run(options: AssuranceOptions, rerunPaths: readonly string[] | undefined): Promise<AssuranceRun> {
  // Features, steps and formatters are found from the suite's own root (the repository, or the
  // installed package); report files land where the user runs it.
  // cucumber reads the profile relative to its cwd (the suite root).
  const configFile = options.configFile === false ? false : relative(PACKAGE_ROOT, resolve(options.configFile ?? join(PACKAGE_ROOT, 'cucumber.mjs')));
  const base = configFile === false ? ['--import', `steps/*.steps.${CODE_EXTENSION}`, '--import', `steps/support/*.${CODE_EXTENSION}`, 'features/provider/**/*.feature'] : [];
  const suiteRoot = { cwd: PACKAGE_ROOT };
  const { runConfiguration } = await loadConfiguration({ file: configFile, provided: [...base, ...argv(options)] }, suiteRoot);
  const files = Object.fromEntries(Object.entries(runConfiguration.formats.files).map(([path, formatter]) => [resolve(process.cwd(), path), formatter]));
  const configuration = {
    ...runConfiguration,
    formats: { ...runConfiguration.formats, files },
    // Inconclusive ("pending") must not fail the cucumber run by itself: the verdicts decide.
    runtime: { ...runConfiguration.runtime, strict: false },
    // An empty rerun list selects nothing (cucumber would otherwise fall back to every feature).
    // `(?!)` never matches: it selects no scenario instead of every feature.
    // With no path at all cucumber would read every feature folder, the consumer suite's included.
    sources: rerunPaths === undefined ? runConfiguration.sources
      : rerunPaths.length === 0 ? { ...runConfiguration.sources, names: ['(?!)'] }
      : { ...runConfiguration.sources, paths: [...rerunPaths] },
    support: options.support ?? runConfiguration.support,
  };
  const reportsDir = options.reportsDir ?? (configFile === false ? false : 'reports');
  const live = new LiveRunReports({ catalogue: OBLIGATIONS, untested: UNTESTED_OBLIGATIONS, ...(reportsDir === false ? {} : { reportsDir }) });
  const stop = (signal: NodeJS.Signals) => {
    const snapshot = live.flush();
    void options.onStop?.({ ...snapshot, signal, exitCode: decideExitCode(snapshot.run.scenarios) });
  };
  const listeners = options.onStop ? STOP_SIGNALS.map((signal) => [signal, () => stop(signal)] as const) : [];
  const signals = options.signals ?? process;
  for (const [signal, listener] of listeners) signals.once(signal, listener);
  const environment = { ...suiteRoot, ...(options.stdout ? { stdout: options.stdout } : {}) };
  try {
    const { support } = await runCucumber(configuration, environment, (envelope: Envelope) => live.update(envelope));
    const { run, coverage } = live.flush();
    return { run, results: run.scenarios, coverage, exitCode: decideExitCode(run.scenarios), support };
  } finally {
    for (const [signal, listener] of listeners) signals.removeListener(signal, listener);
  }
}
