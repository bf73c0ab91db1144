// From a recording to a verdict: judge the exchanges against the provider facts, write the judgement,
// run the consumer features over it (cucumber HTML and messages), read the run model once from the
// messages and write the coverage summary and JUnit from it. The exit code is decideExitCode's, as
// for the provider suite: 1 when an exercised MUST obligation failed; 2 when the suite itself could
// not decide (undefined steps, our own errors).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ISupportCodeLibrary } from '@cucumber/cucumber/api';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import type { StructuralValidator } from '../../mocks/domain/judge/judge-context.ts';
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';
import type { HarProviderFacts } from './har-types.ts';
import { judgeContextOf } from './provider-facts-of.ts';
import { renderJunitXml } from '../report/render-junit-xml.ts';
import { OBLIGATIONS } from '../../spec/obligations-index.ts';
import { decideExitCode, type ExitCode } from '../run-model/decide-exit-code.ts';
import { readRunModel } from '../run-model/read-run-model.ts';
import type { RunModel } from '../run-model/scenario-outcome.ts';
import { renderConsumerReport } from './render-consumer-report.ts';
import { runConsumerFeatures } from './run-consumer-features.ts';
import { toConsumerCoverage } from './to-consumer-coverage.ts';
import type { ConsumerCoverage } from './to-consumer-coverage.ts';

export interface AssureConsumerOptions {
  /** An array, or a large HAR's exchanges read from the file again as they are judged. */
  readonly exchanges: Iterable<RecordedExchange>;
  readonly facts: HarProviderFacts;
  /** The recording's file, named in the report. */
  readonly recording: string;
  readonly reportsDir: string;
  readonly validateStructure?: StructuralValidator;
  readonly stdout?: NodeJS.WritableStream;
  readonly stdoutFormat?: string;
  readonly support?: ISupportCodeLibrary;
}

export interface ConsumerAssurance {
  readonly exitCode: ExitCode;
  readonly run: RunModel;
  readonly judgement: RecordingJudgement;
  readonly coverage: ConsumerCoverage;
  readonly support: ISupportCodeLibrary;
  readonly files: readonly string[];
}

export const REPORT_FILES = {
  judgement: 'judgement.json',
  html: 'cucumber.html',
  junit: 'junit.xml',
  messages: 'messages.ndjson',
  coverageJson: 'consumer-coverage.json',
  coverageMarkdown: 'consumer-coverage.md',
} as const;

export async function assureConsumerRecording(options: AssureConsumerOptions): Promise<ConsumerAssurance> {
  const dir = resolve(options.reportsDir);
  mkdirSync(dir, { recursive: true });
  const at = (name: string): string => join(dir, name);
  const judgement = judgeRecording(options.exchanges, judgeContextOf(options.facts, options.validateStructure));
  writeFileSync(at(REPORT_FILES.judgement), `${JSON.stringify(judgement, null, 2)}\n`);
  const run = await runConsumerFeatures({
    judgementPath: at(REPORT_FILES.judgement),
    reportFiles: { [at(REPORT_FILES.html)]: 'html', [at(REPORT_FILES.messages)]: 'message' },
    ...(options.stdout ? { stdout: options.stdout } : {}),
    ...(options.stdoutFormat ? { stdoutFormat: options.stdoutFormat } : {}),
    ...(options.support ? { support: options.support } : {}),
  });
  const model = readRunModel(run.envelopes, OBLIGATIONS);
  // The judgement knows which identity checks these provider facts could not make.
  const coverage = { ...toConsumerCoverage(model.scenarios), notTestable: judgement.notTestable };
  writeFileSync(at(REPORT_FILES.junit), renderJunitXml(model, 'Consumer assurance'));
  writeFileSync(at(REPORT_FILES.coverageJson), `${JSON.stringify({
    verdict: coverage.verdict,
    recording: options.recording,
    provider: judgement.provider,
    sessions: judgement.sessions,
    mustFailures: coverage.mustFailures,
    harnessErrors: coverage.harnessErrors,
    obligations: coverage.rows,
    notTestable: coverage.notTestable,
    ignored: judgement.ignored,
  }, null, 2)}\n`);
  writeFileSync(at(REPORT_FILES.coverageMarkdown), renderConsumerReport({ coverage, judgement, recording: options.recording }));
  return { exitCode: decideExitCode(model.scenarios), run: model, judgement, coverage, support: run.support, files: Object.values(REPORT_FILES).map(at) };
}
