// The run model + obligations index + coverage + run context → the report model. Pure: the
// generation time is passed in, nothing is read from disk or the clock here, and no verdict is
// decided here (the run model carries them).
import { AREA_LABELS } from '../run-model/area-of-obligation.ts';
import type { RunModel } from '../run-model/scenario-outcome.ts';
import { buildObligationMatrix } from './build-obligation-matrix.ts';
import type { CoverageInput, ObligationsIndex, RunContext } from './report-inputs.ts';
import { SCENARIO_VERDICTS, type AssuranceReportModel, type ScenarioOutcome } from './report-model.ts';
import { summariseRun } from './summarise-run.ts';

export interface ReportModelInput {
  readonly run: RunModel;
  readonly obligationsIndex: ObligationsIndex;
  readonly coverage?: CoverageInput;
  readonly runContext: RunContext;
  readonly generatedAt: Date;
}

const ACTORS_IN_SCOPE: Readonly<Record<RunContext['suite'], readonly string[]>> = {
  provider: ['Provider', 'Both'],
  consumer: ['Consumer', 'Both'],
};

/** Failures first, then inconclusive, skipped and passed; within a verdict, feature file order. */
function byVerdictThenFile(a: ScenarioOutcome, b: ScenarioOutcome): number {
  return SCENARIO_VERDICTS.indexOf(a.verdict) - SCENARIO_VERDICTS.indexOf(b.verdict) || a.uri.localeCompare(b.uri) || a.line - b.line;
}

function versionsOf(run: RunModel, declared: Readonly<Record<string, string>>): Record<string, string> {
  return { ...declared, ...Object.fromEntries(Object.entries(run.versions).filter(([name]) => !(name in declared))) };
}

export function buildReportModel(input: ReportModelInput): AssuranceReportModel {
  const { run, obligationsIndex, runContext } = input;
  const known = new Set(obligationsIndex.obligations.map((entry) => entry.id));
  const scenarios = [...run.scenarios].sort(byVerdictThenFile);
  const obligations = buildObligationMatrix(obligationsIndex, scenarios, { actorsInScope: ACTORS_IN_SCOPE[runContext.suite], ...(input.coverage ? { coverage: input.coverage } : {}) });
  const areaLabels: Record<string, string> = { ...AREA_LABELS, OTHER: 'Not tagged with an obligation' };
  for (const entry of obligationsIndex.obligations) {
    const prefix = entry.id.split('-')[0];
    const named = entry.area ?? entry.section?.replace(/^[\d.]+\s+/, '').replace(/\s*\(.*$/, '');
    if (named && !(prefix in AREA_LABELS)) areaLabels[prefix] = named;
  }
  const suiteName = runContext.suite === 'provider' ? 'Provider' : 'Consumer';
  return {
    context: runContext,
    title: `NHS Booking API — ${suiteName} assurance report`,
    versions: versionsOf(run, runContext.versions),
    run: {
      ...(run.startedAt ? { startedAt: run.startedAt } : {}),
      ...(run.finishedAt ? { finishedAt: run.finishedAt } : {}),
      ...(run.durationMs !== undefined ? { durationMs: run.durationMs } : {}),
      generatedAt: input.generatedAt.toISOString(),
    },
    summary: summariseRun(scenarios, obligations, areaLabels),
    scenarios,
    obligations,
    unknownObligationTags: [...new Set(scenarios.flatMap((scenario) => scenario.obligations))].filter((id) => !known.has(id)).sort(),
    areaLabels,
  };
}
