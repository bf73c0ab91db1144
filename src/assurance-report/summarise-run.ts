// The counts at the top of the report: scenarios and in-scope obligations by verdict × level
// class, and per area (the bar charts).
import { AREA_LABELS } from '../run-model/area-of-obligation.ts';
import {
  LEVEL_CLASSES,
  OBLIGATION_VERDICTS,
  SCENARIO_VERDICTS,
  type AreaSummary,
  type LevelClass,
  type ObligationRow,
  type ObligationVerdict,
  type RunSummary,
  type ScenarioOutcome,
  type ScenarioVerdict,
} from './report-model.ts';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function byLevel<K extends string>(keys: readonly K[]): Record<LevelClass, Record<K, number>> {
  return Object.fromEntries(LEVEL_CLASSES.map((level) => [level, zeros(keys)])) as Record<LevelClass, Record<K, number>>;
}

/** Areas in catalogue order, then any others alphabetically. */
function orderAreas(areas: Iterable<string>): string[] {
  const known = Object.keys(AREA_LABELS);
  return [...new Set(areas)].sort((a, b) => {
    const [ia, ib] = [known.indexOf(a), known.indexOf(b)];
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
    return a.localeCompare(b);
  });
}

export function summariseRun(scenarios: readonly ScenarioOutcome[], obligations: readonly ObligationRow[], areaLabels: Readonly<Record<string, string>>): RunSummary {
  const scenarioCounts = byLevel<ScenarioVerdict>(SCENARIO_VERDICTS);
  const obligationCounts = byLevel<ObligationVerdict>(OBLIGATION_VERDICTS);
  const inScope = obligations.filter((row) => row.inScope);
  for (const scenario of scenarios) scenarioCounts[scenario.level][scenario.verdict] += 1;
  for (const row of inScope) obligationCounts[row.levelClass][row.verdict] += 1;
  const areas: AreaSummary[] = orderAreas([...scenarios.flatMap((s) => s.areas), ...inScope.map((row) => row.area)]).map((area) => {
    const perScenario = zeros<ScenarioVerdict>(SCENARIO_VERDICTS);
    const perObligation = zeros<ObligationVerdict>(OBLIGATION_VERDICTS);
    for (const scenario of scenarios) if (scenario.areas.includes(area)) perScenario[scenario.verdict] += 1;
    for (const row of inScope) if (row.area === area) perObligation[row.verdict] += 1;
    return { area, label: areaLabels[area] ?? area, scenarios: perScenario, obligations: perObligation };
  });
  return {
    scenarios: scenarioCounts,
    obligations: obligationCounts,
    areas,
    warnings: scenarios.reduce((sum, scenario) => sum + scenario.warnings.length, 0),
  };
}
