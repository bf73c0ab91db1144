// npm run assure [-- --target <file>] [--tags <expr>] [--name <regex>] [--parallel <n>] [--rerun]
//                [any other cucumber option]
// Runs the provider assurance suite against the embedded mock (default) or a real endpoint
// described by a target file, writes reports/ (cucumber.html, junit.xml, messages.ndjson,
// coverage.json, coverage.md, rerun.txt, assurance-report.html, evidence-pack.tar.gz, and
// target.json without secrets) — coverage and JUnit as scenarios finish, everything on Ctrl+C or
// SIGTERM — and exits with decideExitCode: 1 a MUST scenario failed, 2 the suite itself is broken
// or the target file is invalid, 3 no verdict for most MUST scenarios (e.g. the target is
// unreachable, or the run was stopped early), else 0.
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeRunReports } from '../src/assurance-report/write-run-reports.ts';
import type { Coverage } from '../src/report/build-coverage.ts';
import { OBLIGATIONS } from '../spec/obligations-index.ts';
import { runAssurance } from '../src/report/run-assurance.ts';
import type { ExitCode } from '../src/run-model/decide-exit-code.ts';
import { formatTotals } from '../src/run-model/format-totals.ts';
import type { RunModel } from '../src/run-model/scenario-outcome.ts';
import { loadTarget } from '../src/targets/load-target.ts';
import { redactTarget } from '../src/targets/redact-target.ts';
import { TargetConfigError } from '../src/targets/target-config-error.ts';
import type { EmbeddedMockOptions } from '../src/targets/start-embedded-target.ts';
import { loadProviderFile } from '../mocks/provider-file/load-provider-file.ts';
import { ProviderFileError } from '../mocks/provider-file/provider-file-error.ts';

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: {
    target: { type: 'string' },
    provider: { type: 'string' },
    tags: { type: 'string', short: 't' },
    name: { type: 'string', multiple: true },
    parallel: { type: 'string' },
    rerun: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: false,
  tokens: true,
});

if (values.help) {
  process.stdout.write([
    'usage: npm run assure -- [--target <file> | --provider <provider file>] [--tags <expr>] [--name <regex>] [--parallel <n>] [--rerun] [cucumber options]',
    '  --provider my.yaml   the embedded mock runs that provider file; the target description is derived from it',
    '  --tags "not @race"   leave out the booking races (each sends booking.raceConcurrency requests at once, 20',
    '                       unless the target file says otherwise) on a live target that forbids load',
    '',
  ].join('\n'));
  process.exit(0);
}

const KNOWN = new Set(['target', 'provider', 'tags', 'name', 'parallel', 'rerun', 'help']);
// Everything this CLI does not handle itself goes to cucumber unchanged.
const passthrough = tokens.flatMap((token) => {
  if (token.kind === 'option' && !KNOWN.has(token.name)) return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
  if (token.kind === 'positional') return [token.value];
  return [];
});

const target = typeof values.target === 'string' ? resolve(values.target) : undefined;
const providerFile = typeof values.provider === 'string' ? resolve(values.provider) : undefined;
if (target && providerFile) {
  process.stderr.write('--target (a real endpoint) and --provider (the embedded mock with a provider file) exclude each other\n');
  process.exit(2);
}
let shown: ReturnType<typeof redactTarget> | { readonly name: string } | undefined;
let embedded: EmbeddedMockOptions | undefined;
if (providerFile) {
  // Checked once here, so a broken file stops the run with every problem before any worker starts.
  try {
    const clock = loadProviderFile(providerFile).document.clock;
    embedded = { provider: providerFile, ...(clock && 'freeze' in clock ? { nowMs: Date.parse(clock.freeze) } : {}) };
    shown = { name: `Embedded mock provider (${values.provider})` };
  } catch (error) {
    process.stderr.write(`${error instanceof ProviderFileError ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
if (target) {
  // Validated once here, before any worker starts, so a broken file stops the run with its problems.
  try {
    const loaded = await loadTarget(target);
    shown = redactTarget(loaded.config);
    await mkdir('reports', { recursive: true });
    await writeFile('reports/target.json', `${JSON.stringify(shown, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof TargetConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

const command = ['npm run assure --', ...process.argv.slice(2)].join(' ');

/** The assurance report and evidence pack from the run model, then the console summary. */
async function finish(run: RunModel, coverage: Coverage, exitCode: ExitCode, stoppedBy?: NodeJS.Signals): Promise<void> {
  const { report, pack } = await writeRunReports({
    suite: 'provider',
    reportsDir: 'reports',
    run,
    obligationsIndex: { obligations: OBLIGATIONS },
    coverage,
    target: shown ?? { name: 'Embedded mock provider (default fixture)' },
    command,
  });
  const { scenarioTotals, obligationTotals, mustFailures } = coverage;
  process.stdout.write([
    '',
    ...(stoppedBy ? [`Stopped by ${stoppedBy}: the reports cover the scenarios that finished.`] : []),
    `Target: ${target ?? (providerFile ? `embedded mock provider (${values.provider})` : 'embedded mock provider (default fixture)')}`,
    formatTotals('scenarios', scenarioTotals),
    formatTotals('obligations', obligationTotals),
    ...(mustFailures.length > 0 ? ['MUST failures:', ...mustFailures.map((f) => `  - ${f}`)] : ['No MUST scenario failed.']),
    ...(exitCode === 3 ? ['No verdict for most MUST scenarios (inconclusive or not finished): exit code 3.'] : []),
    `Assurance report: ${relative(process.cwd(), report.outFile)}${pack ? `; evidence pack: ${relative(process.cwd(), pack.outFile)}` : ''}`,
    'Reports: reports/cucumber.html, reports/junit.xml, reports/coverage.md, reports/coverage.json, reports/messages.ndjson',
    '',
  ].join('\n'));
}

const run = await runAssurance({
  ...(target ? { target } : {}),
  ...(embedded ? { mock: embedded } : {}),
  ...(typeof values.tags === 'string' ? { tags: values.tags } : {}),
  ...(Array.isArray(values.name) ? { names: values.name.map(String) } : {}),
  ...(typeof values.parallel === 'string' ? { parallel: Number(values.parallel) } : {}),
  ...(values.rerun === true ? { rerun: true } : {}),
  cucumberArgs: passthrough,
  onStop: async (stopped) => {
    await finish(stopped.run, stopped.coverage, stopped.exitCode, stopped.signal);
    process.exit(stopped.exitCode);
  },
});
await finish(run.run, run.coverage, run.exitCode);
process.exitCode = run.exitCode;
