// Runs the provider suite in-process for the project's own tests: no report files, cucumber's
// console output discarded, and the step definitions loaded once and reused by every later run.
import { Writable } from 'node:stream';
import type { ISupportCodeLibrary } from '@cucumber/cucumber/api';
import { runAssurance, type AssuranceOptions, type AssuranceRun } from '../../src/report/run-assurance.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

export class QuietSuite {
  #support: ISupportCodeLibrary | undefined;

  async run(options: Omit<AssuranceOptions, 'configFile' | 'support' | 'stdout'> = {}): Promise<AssuranceRun> {
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const run = await runAssurance({ ...options, configFile: false, stdout: sink, ...(this.#support ? { support: this.#support } : {}) });
    this.#support = run.support;
    return run;
  }
}

/** `name → verdict` of the scenarios that ran, for readable assertion diffs. */
export function verdictsOf(run: AssuranceRun): Record<string, string> {
  return Object.fromEntries(run.results.filter((r) => r.verdict !== 'not-run').map((r) => [`${r.name} (${r.uri}:${r.line})`, r.reason ? `${r.verdict}: ${reasonText(r)}` : r.verdict]));
}
