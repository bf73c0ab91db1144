// Runs the consumer features (features/consumer) against a judgement file through cucumber's
// JavaScript API, collecting the run's messages for the coverage summary. The support code can be
// passed back in, because ESM step files register their steps only once per process.
import { CODE_EXTENSION, PACKAGE_ROOT } from '../package-root.ts';
import { Writable } from 'node:stream';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { IRunEnvironment, ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';

export const REPOSITORY_ROOT = PACKAGE_ROOT;
export const CONSUMER_FEATURES = 'features/consumer/**/*.feature';
export const CONSUMER_STEPS = `steps/consumer/**/*.${CODE_EXTENSION}`;

export interface ConsumerFeatureOptions {
  readonly judgementPath: string;
  /** Report files to write, keyed by path (`{ 'reports/consumer/cucumber.html': 'html' }`). */
  readonly reportFiles?: Readonly<Record<string, string>>;
  /** The console formatter; "summary" by default. */
  readonly stdoutFormat?: string;
  readonly stdout?: NodeJS.WritableStream;
  /** Support code from an earlier run in this process. */
  readonly support?: ISupportCodeLibrary;
  /** Tag expression to run a subset (e.g. "@SSP-02"). */
  readonly tags?: string;
}

export interface ConsumerFeatureRun {
  readonly success: boolean;
  readonly envelopes: readonly Envelope[];
  readonly support: ISupportCodeLibrary;
}

/** A stream that drops everything (tests run cucumber quietly). */
export function discardOutput(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

export async function runConsumerFeatures(options: ConsumerFeatureOptions): Promise<ConsumerFeatureRun> {
  const environment: IRunEnvironment = { cwd: REPOSITORY_ROOT, stdout: (options.stdout ?? process.stdout) as Writable, stderr: process.stderr };
  const { runConfiguration } = await loadConfiguration({
    file: false,
    provided: {
      paths: [CONSUMER_FEATURES],
      import: [CONSUMER_STEPS],
      format: [options.stdoutFormat ?? 'summary', ...Object.entries(options.reportFiles ?? {}).map(([path, formatter]) => `${formatter}:${path}`)],
      worldParameters: { judgement: options.judgementPath },
      strict: true,
      ...(options.tags ? { tags: options.tags } : {}),
    },
  }, environment);
  const envelopes: Envelope[] = [];
  const result = await runCucumber(
    options.support ? { ...runConfiguration, support: options.support } : runConfiguration,
    environment,
    (envelope) => envelopes.push(envelope),
  );
  return { success: result.success, envelopes, support: result.support };
}
