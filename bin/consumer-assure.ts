// npm run consumer-assure — the verdict on a consumer (an NHS 111 system) from what it sends.
// Live: starts the mock provider, waits while the consumer runs its workflow, then judges the
// recorded traffic. Replay (--replay traffic.har): judges a HAR 1.2 recording captured anywhere.
// The first line printed in live mode is exactly "Mock provider listening at <FHIR base URL>".
// Exit code: 0 no exercised MUST obligation failed; 1 one did; 2 usage, setup or harness error
// (decideExitCode, shared with the provider suite).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isFixtureName, type FixtureName } from '../mocks/fixtures/fixture-registry.ts';
import type { LoadedProvider } from '../mocks/provider-file/load-provider-file.ts';
import { resolveProvider } from '../mocks/fixtures/resolve-provider.ts';
import { startMockServer } from '../mocks/server/start-mock-server.ts';
import { writeRunReports } from '../src/assurance-report/write-run-reports.ts';
import { OBLIGATIONS } from '../spec/obligations-index.ts';
import { formatTotals } from '../src/run-model/format-totals.ts';
import { SCENARIO_VERDICTS } from '../src/run-model/scenario-outcome.ts';
import { assureConsumerRecording } from '../src/consumer/assure-consumer-recording.ts';
import type { ConsumerAssurance } from '../src/consumer/assure-consumer-recording.ts';
import type { HarProviderFacts } from '../src/consumer/har-types.ts';
import { readHarFile } from '../src/consumer/read-har-file.ts';
import { mockProviderFacts } from '../src/consumer/provider-facts-of.ts';
import { loadReplayIdentities, parseConsumerFlag } from '../src/consumer/replay-identities.ts';
import { resolveReplayFacts } from '../src/consumer/resolve-replay-facts.ts';
import { createSchemaStructuralValidator } from '../src/consumer/schema-structural-validator.ts';
import { toHar } from '../src/consumer/to-har.ts';
import { DONE_PATH, waitForConsumer } from '../src/consumer/wait-for-consumer.ts';
import type { RecordedExchange } from '../mocks/store/traffic-log.ts';

const usage = `Usage: npm run consumer-assure -- [options]
  Live (default): start the mock provider, run your consumer against it, then POST <origin>${DONE_PATH}
  (or press Ctrl+C, or use --idle-seconds) to get the verdict.
    --port N            port to listen on (default PORT or 4000; 0 picks a free one)
    --host H            host to listen on (default HOST or 127.0.0.1)
    --base-path P       FHIR base path, e.g. /STU3/1/careconnect/booking (default: the root)
    --fixture NAME      default | f1 (default: default)
    --provider FILE     a provider file (YAML/JSON): the mock plays that provider, and the judge knows its
                        consumers, ASID and DoS service ids (live and replay)
    --freeze INSTANT    freeze the mock's clock (your tokens must then use that time)
    --idle-seconds N    stop after N seconds without traffic
    --har PATH          where to write the recording (default reports/consumer-traffic.har)
  Replay: --replay traffic.har   judge a HAR 1.2 recording instead of starting the mock
    Who is who (a HAR from another provider): what the HAR's own export says, then --fixture or
    --provider, then --identities, then these flags. Identity checks nothing here covers are
    reported as "not testable here", never failed.
    --base-url URL      the provider service root the consumer called (default: inferred from the HAR)
    --provider-asid A   the provider's ASID (Ssp-To)
    --consumer A:ODS    a consumer system's ASID (Ssp-From) and its ODS code; repeatable
    --identities FILE   JSON {"baseUrl","providerAsid","consumers":[{"asid","odsCode"}],"serviceIds":[…]}
  Both: --reports DIR   where to write the reports (default reports/consumer)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    replay: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'base-path': { type: 'string' },
    fixture: { type: 'string' }, freeze: { type: 'string' }, 'idle-seconds': { type: 'string' }, reports: { type: 'string' },
    'base-url': { type: 'string' }, 'provider-asid': { type: 'string' }, har: { type: 'string' }, help: { type: 'boolean' },
    provider: { type: 'string' }, identities: { type: 'string' }, consumer: { type: 'string', multiple: true },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const reportsDir = resolve(values.reports ?? 'reports/consumer');
const fixture: FixtureName = isFixtureName(values.fixture ?? 'default') ? (values.fixture ?? 'default') as FixtureName : fail(`Unknown fixture ${values.fixture}`);
if (values.provider !== undefined && values.fixture !== undefined) fail('--provider and --fixture choose the same thing; give one');

function readProvider(path: string | undefined): LoadedProvider | undefined {
  try {
    return path === undefined ? undefined : resolveProvider(path);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const provider = readProvider(values.provider);

async function recordLive(): Promise<{ exchanges: readonly RecordedExchange[]; facts: HarProviderFacts; recording: string }> {
  const port = Number(values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Invalid port ${values.port ?? process.env.PORT}`);
  const idleSeconds = values['idle-seconds'] === undefined ? undefined : Number(values['idle-seconds']);
  if (idleSeconds !== undefined && !(idleSeconds > 0)) fail(`Invalid --idle-seconds ${values['idle-seconds']}`);
  const nowMs = values.freeze === undefined ? undefined : Date.parse(values.freeze);
  if (nowMs !== undefined && Number.isNaN(nowMs)) fail(`Invalid --freeze instant ${values.freeze}`);
  const mock = await startMockServer({
    port, host: values.host ?? process.env.HOST ?? '127.0.0.1', basePath: values['base-path'], fixture, ...(provider ? { provider } : {}), ...(nowMs === undefined ? {} : { nowMs }),
    ...(process.env.MOCK_ADMIN_TOKEN ? { adminToken: process.env.MOCK_ADMIN_TOKEN } : {}),
  }).catch((error: unknown) => fail(`Could not start the mock provider: ${error instanceof Error ? error.message : String(error)}`));
  const facts = mockProviderFacts(mock.state);
  const origin = new URL(mock.baseUrl).origin;
  process.stdout.write(`Mock provider listening at ${mock.baseUrl}\n`);
  process.stdout.write([
    'Consumer assurance: run your consumer against this base URL (metadata, slot search, book, read, cancel).',
    `Consumers are told apart by Ssp-From. Provider ${mock.state.fixtureName}; its consumers: ${facts.consumers.map((c) => `${c.asid} (ODS ${c.odsCode})`).join(', ')}; provider ASID ${facts.providerAsid}; DoS service ids ${facts.serviceIds.join(', ')}.`,
    `Why a slot is missing: GET ${origin}/_admin/explain?<your slot search query> with your Authorization header.`,
    `When the workflow is done: POST ${origin}${DONE_PATH}, or press Ctrl+C${idleSeconds ? `, or wait ${idleSeconds} s without traffic` : ''}.`,
    '',
  ].join('\n'));
  const reason = await waitForConsumer({ traffic: mock.state.traffic, ...(idleSeconds ? { idleSeconds } : {}) });
  const exchanges = [...mock.state.traffic.entries()];
  // Judged against the provider as it ended (POST /_admin/provider may have loaded another one).
  const finalFacts = mockProviderFacts(mock.state);
  await mock.close();
  const recording = resolve(values.har ?? 'reports/consumer-traffic.har');
  mkdirSync(dirname(recording), { recursive: true });
  writeFileSync(recording, `${JSON.stringify(toHar(exchanges, finalFacts), null, 2)}\n`);
  process.stdout.write(`Stopped (${reason}); ${exchanges.length} exchange(s) recorded in ${recording}\n`);
  return { exchanges, facts: finalFacts, recording };
}

function readReplay(path: string): { exchanges: Iterable<RecordedExchange>; facts: HarProviderFacts; recording: string } {
  try {
    const har = readHarFile(path);
    const facts = resolveReplayFacts(har, {
      ...(values.fixture === undefined ? {} : { fixture }),
      ...(provider ? { provider } : {}),
      ...(values.identities === undefined ? {} : { identities: loadReplayIdentities(values.identities) }),
      ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
      ...(values['provider-asid'] ? { providerAsid: values['provider-asid'] } : {}),
      consumers: (values.consumer ?? []).map(parseConsumerFlag),
    });
    return { exchanges: har.exchanges, facts, recording: resolve(path) };
  } catch (error) {
    return fail(`Cannot replay ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function printSummary(result: ConsumerAssurance): void {
  const rows = result.coverage.rows;
  const count = (verdict: string): number => rows.filter((r) => r.verdict === verdict).length;
  const totals = { pass: count('pass'), fail: count('fail'), warn: count('warn'), 'not exercised': count('not-exercised'), 'not testable here': result.coverage.notTestable.length };
  process.stdout.write([
    '',
    `Consumer verdict: ${result.coverage.verdict.toUpperCase()} (${formatTotals('obligations', totals)})`,
    ...rows.filter((r) => r.verdict === 'fail' || r.verdict === 'error').map((r) => `  ${r.verdict.toUpperCase()} ${r.id} ${r.title}`),
    ...result.coverage.harnessErrors.map((e) => `  HARNESS ERROR ${e}`),
    formatTotals('scenarios', Object.fromEntries(SCENARIO_VERDICTS.map((v) => [v, result.run.scenarios.filter((s) => s.verdict === v).length]))),
    `Reports: ${join(reportsDir, 'consumer-coverage.md')} (and cucumber.html, junit.xml, messages.ndjson, judgement.json)`,
    '',
  ].join('\n'));
}

const input = values.replay === undefined ? await recordLive() : readReplay(values.replay);
const result = await assureConsumerRecording({
  ...input,
  reportsDir,
  validateStructure: createSchemaStructuralValidator(),
  stdoutFormat: 'progress',
}).catch((error: unknown) => fail(`Consumer assurance failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
// The same assurance report and evidence pack as the provider suite, over the consumer obligations.
const reports = await writeRunReports({
  suite: 'consumer',
  reportsDir,
  run: result.run,
  obligationsIndex: { obligations: OBLIGATIONS },
  coverage: { untested: Object.fromEntries(result.coverage.notTestable.map((row) => [row.id, row.reason])) },
  target: { name: `Consumer recorded in ${basename(input.recording)}`, baseUrl: input.facts.baseUrl },
  addToPack: { 'consumer-traffic.har': input.recording },
  command: ['npm run consumer-assure --', ...process.argv.slice(2)].join(' '),
}).catch((error: unknown) => fail(`Could not write the assurance report: ${error instanceof Error ? error.message : String(error)}`));
printSummary(result);
process.stdout.write(`Assurance report: ${reports.report.outFile}; evidence pack: ${reports.pack?.outFile}\n`);
process.exitCode = result.exitCode;
