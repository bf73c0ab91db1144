// The entry point the CLIs call after a run: the run model in, one HTML file out. Everything else
// in this folder is pure; this is the only place that touches the disk.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunModel, ScenarioVerdict } from '../run-model/scenario-outcome.ts';
import { SCENARIO_VERDICTS } from '../run-model/scenario-outcome.ts';
import { buildReportModel } from './build-report-model.ts';
import { renderAssuranceReport } from './render-assurance-report.ts';
import type { CoverageInput, ObligationsIndex, RunContext } from './report-inputs.ts';

export interface AssuranceReportInput {
  /** The run model, read once from the run's messages. */
  readonly run: RunModel;
  readonly obligationsIndex: ObligationsIndex;
  readonly coverage?: CoverageInput;
  readonly runContext: RunContext;
  readonly outFile: string;
  /** Defaults to now; pass it to make the output reproducible. */
  readonly generatedAt?: Date;
  readonly maxBodyChars?: number;
}

export interface AssuranceReportResult {
  readonly outFile: string;
  readonly bytes: number;
  readonly scenarios: Readonly<Record<ScenarioVerdict, number>>;
}

export async function writeAssuranceReport(input: AssuranceReportInput): Promise<AssuranceReportResult> {
  const model = buildReportModel({
    run: input.run,
    obligationsIndex: input.obligationsIndex,
    runContext: input.runContext,
    generatedAt: input.generatedAt ?? new Date(),
    ...(input.coverage ? { coverage: input.coverage } : {}),
  });
  const html = renderAssuranceReport(model, input.maxBodyChars === undefined ? {} : { maxBodyChars: input.maxBodyChars });
  await mkdir(dirname(input.outFile), { recursive: true });
  await writeFile(input.outFile, html, 'utf8');
  const scenarios = Object.fromEntries(SCENARIO_VERDICTS.map((verdict) => [verdict, model.scenarios.filter((s) => s.verdict === verdict).length])) as Record<ScenarioVerdict, number>;
  return { outFile: input.outFile, bytes: Buffer.byteLength(html), scenarios };
}
