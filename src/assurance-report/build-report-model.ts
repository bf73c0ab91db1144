// Envelopes + obligations index + coverage + run context → the report model. Pure: the generation
// time is passed in, nothing is read from disk or the clock here.
import { AREA_LABELS } from './area-of-obligation.ts';
import { buildObligationMatrix } from './build-obligation-matrix.ts';
import { classifyLevel } from '../run-model/classify-level.ts';
import { collectScenarios } from '../run-model/read-run-model.ts';
import { toMillis, type CucumberEnvelope } from './cucumber-envelope.ts';
import type { CoverageInput, ObligationsIndex, RunContext } from './report-inputs.ts';
import { SCENARIO_VERDICTS, type AssuranceReportModel, type LevelClass, type ScenarioReport } from './report-model.ts';
import { summariseRun } from './summarise-run.ts';

export interface ReportModelInput {
  readonly envelopes: readonly CucumberEnvelope[];
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
function byVerdictThenFile(a: ScenarioReport, b: ScenarioReport): number {
  return SCENARIO_VERDICTS.indexOf(a.verdict) - SCENARIO_VERDICTS.indexOf(b.verdict) || a.uri.localeCompare(b.uri) || a.line - b.line;
}

function versionsOf(envelopes: readonly CucumberEnvelope[], declared: Readonly<Record<string, string>>): Record<string, string> {
  const meta = envelopes.find((envelope) => envelope.meta)?.meta;
  const found: Record<string, string> = {};
  if (meta?.implementation?.version) found[meta.implementation.name] = meta.implementation.version;
  if (meta?.runtime?.version) found[meta.runtime.name] = meta.runtime.version;
  if (meta?.protocolVersion) found['cucumber messages'] = meta.protocolVersion;
  return { ...declared, ...Object.fromEntries(Object.entries(found).filter(([name]) => !(name in declared))) };
}

function runTimes(envelopes: readonly CucumberEnvelope[], generatedAt: Date): AssuranceReportModel['run'] {
  const started = envelopes.find((envelope) => envelope.testRunStarted)?.testRunStarted?.timestamp;
  const finished = envelopes.find((envelope) => envelope.testRunFinished)?.testRunFinished?.timestamp;
  return {
    ...(started ? { startedAt: new Date(toMillis(started)).toISOString() } : {}),
    ...(finished ? { finishedAt: new Date(toMillis(finished)).toISOString() } : {}),
    ...(started && finished ? { durationMs: Math.round(toMillis(finished) - toMillis(started)) } : {}),
    generatedAt: generatedAt.toISOString(),
  };
}

export function buildReportModel(input: ReportModelInput): AssuranceReportModel {
  const { envelopes, obligationsIndex, runContext } = input;
  const levels = new Map<string, LevelClass>(obligationsIndex.obligations.map((entry) => [entry.id, classifyLevel(entry.level)]));
  const scenarios = collectScenarios(envelopes, (id) => levels.get(id)).sort(byVerdictThenFile);
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
    versions: versionsOf(envelopes, runContext.versions),
    run: runTimes(envelopes, input.generatedAt),
    summary: summariseRun(scenarios, obligations, areaLabels),
    scenarios,
    obligations,
    unknownObligationTags: [...new Set(scenarios.flatMap((scenario) => scenario.obligations))].filter((id) => !levels.has(id)).sort(),
    areaLabels,
  };
}
