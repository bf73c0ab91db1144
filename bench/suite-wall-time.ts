// The provider suite's wall time against the embedded mock, next to cucumber running the same
// number of empty scenarios: the ratio is what the suite's own work costs over cucumber's floor.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import { runAssurance } from '../src/report/run-assurance.ts';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });

async function timeEmptyScenarios(count: number): Promise<number> {
  // Inside the project, so the step file resolves @cucumber/cucumber from node_modules.
  await mkdir('reports', { recursive: true });
  const dir = await mkdtemp(join('reports', '.bench-empty-suite-'));
  try {
    const scenarios = Array.from({ length: count }, (_, i) => `  Scenario: empty ${i}\n    Given nothing happens\n`).join('\n');
    await writeFile(join(dir, 'empty.feature'), `Feature: empty\n\n${scenarios}`);
    await writeFile(join(dir, 'empty.steps.mjs'), "import { Given } from '@cucumber/cucumber';\nGiven('nothing happens', () => {});\n");
    const started = performance.now();
    const { runConfiguration } = await loadConfiguration({ file: false, provided: ['--import', join(dir, 'empty.steps.mjs'), join(dir, 'empty.feature')] });
    await runCucumber(runConfiguration, { stdout: quiet() });
    return performance.now() - started;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureSuiteWallTime(): Promise<{ scenarios: number; coldMs: number; suiteMs: number; emptyMs: number }> {
  // The first run pays the cold start (module loading, schema compilation, mock start) and learns
  // the scenario count; the compared runs are both warm.
  const coldStart = performance.now();
  const cold = await runAssurance({ configFile: false, stdout: quiet() });
  const coldMs = performance.now() - coldStart;
  const scenarios = cold.results.length;
  const emptyMs = await timeEmptyScenarios(scenarios);
  // ES modules load once per process: the warm run reuses the step definitions the cold run loaded.
  const started = performance.now();
  const warm = await runAssurance({ configFile: false, stdout: quiet(), support: cold.support });
  const suiteMs = performance.now() - started;
  const passed = warm.results.filter((r) => r.verdict === 'pass').length;
  if (passed !== cold.results.filter((r) => r.verdict === 'pass').length) throw new Error(`the warm run passed ${passed} scenarios, the cold run a different number`);
  return { scenarios, coldMs, suiteMs, emptyMs };
}
