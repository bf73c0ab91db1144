// The entry point the CLIs call after a run: read the messages, build the model, write one HTML
// file. Everything else in this folder is pure; this is the only place that touches the disk.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildReportModel } from './build-report-model.ts';
import type { CucumberEnvelope } from './cucumber-envelope.ts';
import { parseMessagesNdjson } from '../run-model/parse-messages-ndjson.ts';
import { renderAssuranceReport } from './render-assurance-report.ts';
import type { CoverageInput, ObligationsIndex, RunContext } from './report-inputs.ts';
import type { ScenarioVerdict } from './report-model.ts';

/** The run's messages: the `message` formatter's NDJSON file, or envelopes already in memory. */
export type MessagesSource = { readonly messagesNdjsonPath: string } | { readonly envelopes: readonly CucumberEnvelope[] };

export type AssuranceReportInput = MessagesSource & {
  readonly obligationsIndex: ObligationsIndex;
  readonly coverage?: CoverageInput;
  readonly runContext: RunContext;
  readonly outFile: string;
  /** Defaults to now; pass it to make the output reproducible. */
  readonly generatedAt?: Date;
  readonly maxBodyChars?: number;
};

export interface AssuranceReportResult {
  readonly outFile: string;
  readonly bytes: number;
  readonly scenarios: Readonly<Record<ScenarioVerdict, number>>;
}

export async function readEnvelopes(source: MessagesSource): Promise<readonly CucumberEnvelope[]> {
  return 'envelopes' in source ? source.envelopes : parseMessagesNdjson(await readFile(source.messagesNdjsonPath, 'utf8'));
}

export async function writeAssuranceReport(input: AssuranceReportInput): Promise<AssuranceReportResult> {
  const model = buildReportModel({
    envelopes: await readEnvelopes(input),
    obligationsIndex: input.obligationsIndex,
    runContext: input.runContext,
    generatedAt: input.generatedAt ?? new Date(),
    ...(input.coverage ? { coverage: input.coverage } : {}),
  });
  const html = renderAssuranceReport(model, input.maxBodyChars === undefined ? {} : { maxBodyChars: input.maxBodyChars });
  await mkdir(dirname(input.outFile), { recursive: true });
  await writeFile(input.outFile, html, 'utf8');
  const scenarios: Record<ScenarioVerdict, number> = { fail: 0, inconclusive: 0, skipped: 0, pass: 0 };
  for (const scenario of model.scenarios) scenarios[scenario.verdict] += 1;
  return { outFile: input.outFile, bytes: Buffer.byteLength(html), scenarios };
}
