// node bin/evidence-pack.ts [--reports DIR] [--suite provider|consumer] [--recording traffic.har]
// (Re)builds the reports of a run from the files it left in DIR (default reports/): the run model is
// read once from messages.ndjson; for the provider suite coverage.json, coverage.md and junit.xml are
// rewritten from it (so a plain `npx cucumber-js` run gets them too); then the assurance report, and
// DIR packed into DIR/evidence-pack.tar.gz with exchanges.har and MANIFEST.sha256. consumer-coverage.json
// and target.json are read when present.
// Exit code: 0 written; 2 usage error or no messages to report on.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CoverageInput } from '../src/assurance-report/report-inputs.ts';
import { writeRunReports } from '../src/assurance-report/write-run-reports.ts';
import { buildCoverage } from '../src/report/build-coverage.ts';
import { writeProviderReportFiles } from '../src/report/live-run-reports.ts';
import { OBLIGATIONS } from '../spec/obligations-index.ts';
import { UNTESTED_OBLIGATIONS } from '../src/report/untested-obligations.ts';
import { formatTotals } from '../src/run-model/format-totals.ts';
import { parseMessagesNdjson } from '../src/run-model/parse-messages-ndjson.ts';
import { readRunModel } from '../src/run-model/read-run-model.ts';

const usage = 'usage: node bin/evidence-pack.ts [--reports DIR] [--suite provider|consumer] [--recording traffic.har]\n';

const { values } = parseArgs({ options: { reports: { type: 'string' }, suite: { type: 'string' }, recording: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const reportsDir = resolve(values.reports ?? 'reports');
const readJson = (name: string): Record<string, unknown> | undefined => (existsSync(join(reportsDir, name)) ? (JSON.parse(readFileSync(join(reportsDir, name), 'utf8')) as Record<string, unknown>) : undefined);
if (!existsSync(join(reportsDir, 'messages.ndjson'))) {
  process.stderr.write(`No messages.ndjson in ${reportsDir}: run the suite first.\n${usage}`);
  process.exit(2);
}
const consumerCoverage = readJson('consumer-coverage.json');
const suite = values.suite ?? (consumerCoverage ? 'consumer' : 'provider');
if (suite !== 'provider' && suite !== 'consumer') {
  process.stderr.write(`Unknown suite ${suite}\n${usage}`);
  process.exit(2);
}

const run = readRunModel(parseMessagesNdjson(readFileSync(join(reportsDir, 'messages.ndjson'), 'utf8')), OBLIGATIONS);
let coverage: CoverageInput | undefined;
let target: { readonly name: string; readonly baseUrl?: string };
let recording: string | undefined;
if (suite === 'consumer') {
  const notTestable = (consumerCoverage?.notTestable ?? []) as readonly { readonly id: string; readonly reason: string }[];
  coverage = { untested: Object.fromEntries(notTestable.map((row) => [row.id, row.reason])) };
  recording = values.recording ?? (typeof consumerCoverage?.recording === 'string' ? consumerCoverage.recording : undefined);
  target = { name: recording ? `Consumer recorded in ${basename(recording)}` : 'Consumer under test' };
} else {
  const rebuilt = buildCoverage(OBLIGATIONS, run.scenarios, UNTESTED_OBLIGATIONS, new Date());
  writeProviderReportFiles(reportsDir, { run, coverage: rebuilt });
  coverage = rebuilt;
  // bin/assure writes target.json already redacted; without it the run used the embedded mock.
  target = (readJson('target.json') as { name: string; baseUrl?: string } | undefined) ?? { name: 'Embedded mock provider (default fixture)' };
}

const { report, pack } = await writeRunReports({
  suite,
  reportsDir,
  run,
  obligationsIndex: { obligations: OBLIGATIONS },
  ...(coverage ? { coverage } : {}),
  target,
  ...(recording && existsSync(recording) ? { addToPack: { 'consumer-traffic.har': recording } } : {}),
});
process.stdout.write(`Assurance report: ${report.outFile} (${formatTotals('scenarios', report.scenarios)})\n`);
process.stdout.write(`Evidence pack: ${pack?.outFile} (${pack?.files.length} files, ${pack?.exchanges} exchanges; verify with sha256sum -c MANIFEST.sha256)\n`);
