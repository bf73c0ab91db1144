// What a CLI calls once a run is over, with its run model: the assurance report beside the other
// reports (assurance-report.html) and the evidence pack of the whole folder (evidence-pack.tar.gz), with the
// tool and specification versions filled in. The caller says which suite ran, on which target
// (already redacted) and with which obligations index and coverage.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { writeEvidencePack, type EvidencePackResult } from '../evidence-pack/write-evidence-pack.ts';
import type { RunModel } from '../run-model/scenario-outcome.ts';
import type { CoverageInput, ObligationsIndex, RunClock, RunContext } from './report-inputs.ts';
import { writeAssuranceReport, type AssuranceReportResult } from './write-assurance-report.ts';

export const ASSURANCE_REPORT_FILE = 'assurance-report.html';
export const EVIDENCE_PACK_FILE = 'evidence-pack.tar.gz';

/** The specifications the obligations catalogue is drawn from, as its sources name them. */
export const SPEC_VERSIONS: Readonly<Record<string, string>> = {
  'NHS Booking API': '2.0.4-live',
  'UEC Appointments (NHS Booking Standard)': '1.0.0',
  'FHIR / Care Connect': 'STU3 (3.0.1)',
};

/**
 * What a provider pack leaves out of its folder: unit-test output, and the consumer suite's reports
 * and recording, which live under the same folder by default but belong to another submission.
 */
const PROVIDER_PACK_EXCLUDES = ['test-artifacts', 'consumer', 'consumer-traffic.har'];

/** Reports a reader may want next to this one, linked from the header when present. */
const SIBLINGS = ['cucumber.html', 'junit.xml', 'coverage.md', 'consumer-coverage.md', 'coverage.json', 'consumer-coverage.json', 'judgement.json'];

export interface RunReportsInput {
  readonly suite: RunContext['suite'];
  /** The folder the run wrote its reports to; it holds messages.ndjson. */
  readonly reportsDir: string;
  /** The run model, read once from the run's messages and shared with every other writer. */
  readonly run: RunModel;
  readonly obligationsIndex: ObligationsIndex;
  readonly coverage?: CoverageInput;
  /** The target as it may be shown — `redactTarget(config)` — or only a name (the embedded mock). */
  readonly target: { readonly name: string; readonly baseUrl?: string };
  /** Default: the clock of the machine that ran the suite. */
  readonly clock?: RunClock;
  /** The command line of the run, for reproduction. */
  readonly command?: string;
  /** False to skip the evidence pack (the report is always written). */
  readonly pack?: boolean;
  /** Files from outside the folder to put in the pack, by their path in it (the consumer's recording). */
  readonly addToPack?: Readonly<Record<string, string>>;
  readonly now?: Date;
}

export interface RunReportsResult {
  readonly report: AssuranceReportResult;
  readonly pack?: EvidencePackResult;
}

export async function writeRunReports(input: RunReportsInput): Promise<RunReportsResult> {
  const now = input.now ?? new Date();
  const present = new Set(await readdir(input.reportsDir).catch(() => [] as string[]));
  const tool = { name: packageJson.name, version: packageJson.version };
  const report = await writeAssuranceReport({
    run: input.run,
    obligationsIndex: input.obligationsIndex,
    ...(input.coverage ? { coverage: input.coverage } : {}),
    runContext: {
      suite: input.suite,
      target: { name: input.target.name, ...(input.target.baseUrl ? { baseUrl: input.target.baseUrl } : {}), ...(Object.keys(input.target).length > 1 ? { config: input.target } : {}) },
      versions: { [tool.name]: tool.version, ...SPEC_VERSIONS, 'Obligations catalogue': `${input.obligationsIndex.obligations.length} obligations` },
      clock: input.clock ?? { source: 'system clock of the machine that ran the suite (UTC)' },
      ...(input.command ? { command: input.command } : {}),
      siblingReports: SIBLINGS.filter((file) => present.has(file)),
    },
    outFile: join(input.reportsDir, ASSURANCE_REPORT_FILE),
    generatedAt: now,
  });
  if (input.pack === false) return { report };
  const pack = await writeEvidencePack({
    reportsDir: input.reportsDir,
    outFile: join(input.reportsDir, EVIDENCE_PACK_FILE),
    tool,
    createdAt: now,
    exclude: input.suite === 'provider' ? PROVIDER_PACK_EXCLUDES : ['test-artifacts'],
    traffic: input.run.traffic,
    ...(input.addToPack ? { addFiles: input.addToPack } : {}),
  });
  return { report, pack };
}
