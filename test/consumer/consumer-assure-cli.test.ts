// `npm run consumer-assure` as a consumer team uses it: live (the mock starts, the consumer runs, a
// POST to /_admin/done ends the recording) and replay (--replay traffic.har), with the exit code the
// CI job reads: 0 nothing exercised at MUST level failed, 1 something did, 2 the input was unusable.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderDocument } from '../../mocks/provider-file/provider-document.ts';
import { startMockServer } from '../../mocks/server/start-mock-server.ts';
import { mockProviderFacts } from '../../src/consumer/provider-facts-of.ts';
import { REPOSITORY_ROOT } from '../../src/consumer/run-consumer-features.ts';
import { toHar } from '../../src/consumer/to-har.ts';
import { runScriptedConsumer } from './scripted-consumers.ts';

const dir = mkdtempSync(join(tmpdir(), 'consumer-assure-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Cli {
  readonly exit: Promise<number | null>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function cli(args: string[]): Cli {
  const child = spawn(process.execPath, ['bin/consumer-assure.ts', ...args], { cwd: REPOSITORY_ROOT, env: { ...process.env, PORT: '0' } });
  let [out, err] = ['', ''];
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr.on('data', (chunk) => { err += chunk; });
  return { exit: new Promise((resolve) => child.on('exit', resolve)), stdout: () => out, stderr: () => err };
}

async function firstLine(run: Cli): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (!run.stdout().includes('\n') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return run.stdout().split('\n')[0];
}

test('live: the mock starts, records the consumer until POST /_admin/done, and the verdict fails on a broken MUST', async () => {
  const reports = join(dir, 'live');
  const har = join(dir, 'live.har');
  const run = cli(['--port', '0', '--reports', reports, '--har', har]);
  const line = await firstLine(run);
  const base = /^Mock provider listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1];
  assert.ok(base, `first line was ${JSON.stringify(line)}`);
  await runScriptedConsumer('cancel-without-if-match', { baseUrl: base, clockMs: Date.now });
  const done = await fetch(`${base}/_admin/done`, { method: 'POST' });
  await done.arrayBuffer();
  assert.equal(await run.exit, 1, run.stderr());
  assert.match(run.stdout(), /Stopped \(done-request\); 7 exchange\(s\) recorded/);
  assert.match(run.stdout(), /Consumer verdict: FAIL .*\n {2}FAIL CAN-02 /);
  for (const file of ['judgement.json', 'cucumber.html', 'junit.xml', 'messages.ndjson', 'consumer-coverage.json', 'consumer-coverage.md', 'assurance-report.html', 'evidence-pack.tar.gz']) {
    assert.ok(existsSync(join(reports, file)), file);
  }
  const coverage = JSON.parse(readFileSync(join(reports, 'consumer-coverage.json'), 'utf8'));
  assert.deepEqual([coverage.verdict, coverage.mustFailures], ['fail', ['CAN-02', 'XTI-07']]);

  // The recording it wrote gives the same verdict when replayed.
  const replay = cli(['--replay', har, '--reports', join(dir, 'replayed')]);
  assert.equal(await replay.exit, 1, replay.stderr());
  const replayed = JSON.parse(readFileSync(join(dir, 'replayed', 'consumer-coverage.json'), 'utf8'));
  assert.deepEqual(replayed.obligations, coverage.obligations);
});

test('replay: a well-behaved consumer\'s HAR passes with exit code 0', async () => {
  const mock = await startMockServer({ nowMs: Date.parse('2026-03-16T08:00:00Z') });
  await runScriptedConsumer('well-behaved', { baseUrl: mock.baseUrl, clockMs: () => mock.state.clock.now() });
  const har = join(dir, 'well-behaved.har');
  writeFileSync(har, JSON.stringify(toHar(mock.state.traffic.entries(), mockProviderFacts(mock.state))));
  await mock.close();
  const run = cli(['--replay', har, '--reports', join(dir, 'well-behaved')]);
  assert.equal(await run.exit, 0, run.stdout() + run.stderr());
  assert.match(run.stdout(), /Consumer verdict: PASS \(\d+ obligations: \d+ pass, 0 fail, 0 warn, 5 not exercised, 13 not testable here\)\n\d+ scenarios: 0 fail, 0 inconclusive, \d+ skipped, 0 not-run, \d+ pass\n/);
  assert.match(readFileSync(join(dir, 'well-behaved', 'consumer-coverage.md'), 'utf8'), /^# Consumer assurance verdict: PASS/);
});

test('replay: a broken HAR exits 2 naming the field', async () => {
  const har = join(dir, 'broken.har');
  writeFileSync(har, JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [{ startedDateTime: '2026-03-16T09:00:00Z', request: { method: 'GET', headers: [] }, response: { status: 200, headers: [], content: {} } }] } }));
  const run = cli(['--replay', har, '--reports', join(dir, 'broken')]);
  assert.equal(await run.exit, 2);
  assert.match(run.stderr(), /^Cannot replay .*broken\.har: HAR_INVALID: log\.entries\[0\]\.request\.url must be a string \(got nothing\)\n/);
});

// A provider that is not the mock's default: other ASIDs, another service root, another service id.
const ELSEWHERE: ProviderDocument = {
  provider: { name: 'Elsewhere Urgent Care', asid: '918999198738' },
  services: [{ id: '1000123456', name: 'Elsewhere UTC' }],
  schedules: [{ id: 'diary-a', diary: { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], from: '08:00', to: '18:00', minutes: 15, zone: 'Europe/London' } }],
  mapping: [{ service: '1000123456', schedule: 'diary-a' }],
  consumers: [{ odsCode: 'P81001', asid: '200000000115', name: 'Westshire 111' }],
};
const ELSEWHERE_CONSUMER = { asid: '200000000115', odsCode: 'P81001', name: 'Westshire 111', providerAsid: '918999198738', serviceId: '1000123456' };

async function foreignHar(): Promise<string> {
  const mock = await startMockServer({ provider: ELSEWHERE, basePath: '/elsewhere/STU3/1/booking', nowMs: Date.parse('2026-03-16T08:00:00Z') });
  await runScriptedConsumer('well-behaved', { baseUrl: mock.baseUrl, clockMs: () => mock.state.clock.now(), identity: ELSEWHERE_CONSUMER });
  // Captured elsewhere: no provider facts in the export, only the traffic.
  const { log: { _bookingAssurance: _facts, ...log } } = toHar(mock.state.traffic.entries(), mockProviderFacts(mock.state));
  await mock.close();
  const har = join(dir, 'elsewhere.har');
  writeFileSync(har, JSON.stringify({ log }));
  return har;
}

test('replay of a HAR captured against another provider: passes with its identities, and nothing is failed on identities not given', async () => {
  const har = await foreignHar();
  const flags = cli(['--replay', har, '--reports', join(dir, 'elsewhere-flags'), '--provider-asid', '918999198738', '--consumer', '200000000115:P81001']);
  assert.equal(await flags.exit, 0, flags.stdout() + flags.stderr());
  assert.match(flags.stdout(), /Consumer verdict: PASS \(\d+ obligations: \d+ pass, 0 fail, 0 warn, \d+ not exercised, 14 not testable here\)/);

  const unknown = cli(['--replay', har, '--reports', join(dir, 'elsewhere-unknown')]);
  assert.equal(await unknown.exit, 0, unknown.stdout() + unknown.stderr());
  const coverage = JSON.parse(readFileSync(join(dir, 'elsewhere-unknown', 'consumer-coverage.json'), 'utf8'));
  const gaps = coverage.notTestable.filter((n: { reason: string }) => / not known/.test(n.reason)).map((n: { id: string }) => n.id);
  assert.deepEqual(gaps, ['SSP-03', 'JWT-18', 'SSP-04', 'SLOT-02']);
  assert.equal(coverage.verdict, 'pass');

  // The same recording judged against the wrong provider ASID still fails SSP-04: the identities are used, not ignored.
  const identities = join(dir, 'wrong-identities.json');
  writeFileSync(identities, JSON.stringify({ providerAsid: '900000000001', consumers: [{ asid: '200000000115', odsCode: 'P81001' }] }));
  const wrong = cli(['--replay', har, '--reports', join(dir, 'elsewhere-wrong'), '--identities', identities]);
  assert.equal(await wrong.exit, 1, wrong.stdout() + wrong.stderr());
  assert.match(wrong.stdout(), /FAIL SSP-04 /);
});

test('replay with a provider file: the judge knows its consumers, ASID and services; a bad identities file exits 2 naming the field', async () => {
  const har = await foreignHar();
  const provider = join(dir, 'elsewhere.provider.json');
  writeFileSync(provider, JSON.stringify(ELSEWHERE));
  const run = cli(['--replay', har, '--reports', join(dir, 'elsewhere-provider'), '--provider', provider]);
  assert.equal(await run.exit, 0, run.stdout() + run.stderr());
  assert.match(run.stdout(), /Consumer verdict: PASS \(\d+ obligations: \d+ pass, 0 fail, 0 warn, \d+ not exercised, 13 not testable here\)/);
  const identities = join(dir, 'bad-identities.json');
  writeFileSync(identities, JSON.stringify({ providerAsid: 'x' }));
  const bad = cli(['--replay', har, '--reports', join(dir, 'elsewhere-bad'), '--identities', identities]);
  assert.equal(await bad.exit, 2);
  assert.match(bad.stderr(), /identities\.providerAsid: must match pattern/);
});

test('live with --provider: the mock plays that provider and its consumer passes', async () => {
  const provider = join(dir, 'elsewhere-live.provider.json');
  writeFileSync(provider, JSON.stringify(ELSEWHERE));
  const run = cli(['--port', '0', '--provider', provider, '--reports', join(dir, 'elsewhere-live'), '--har', join(dir, 'elsewhere-live.har')]);
  const base = /^Mock provider listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(await firstLine(run))?.[1];
  assert.ok(base, run.stdout() + run.stderr());
  await runScriptedConsumer('well-behaved', { baseUrl: base, clockMs: Date.now, identity: ELSEWHERE_CONSUMER });
  await (await fetch(`${base}/_admin/done`, { method: 'POST' })).arrayBuffer();
  assert.equal(await run.exit, 0, run.stdout() + run.stderr());
  assert.match(run.stdout(), /Provider Elsewhere Urgent Care; its consumers: 200000000115 \(ODS P81001\); provider ASID 918999198738/);
  assert.match(run.stdout(), /Consumer verdict: PASS /);
});
