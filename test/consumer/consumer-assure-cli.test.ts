// `npm run consumer-assure` as a consumer team uses it: live (the mock starts, the consumer runs, a
// POST to /_admin/done ends the recording) and replay (--replay traffic.har), with the exit code the
// CI job reads: 0 nothing exercised at MUST level failed, 1 something did, 2 the input was unusable.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  assert.match(run.stdout(), /Consumer verdict: PASS \(\d+ obligations: \d+ pass, 0 fail, 0 warn, 4 not exercised, 13 not testable here\)\n\d+ scenarios: 0 fail, 0 inconclusive, 4 skipped, 0 not-run, \d+ pass\n/);
  assert.match(readFileSync(join(dir, 'well-behaved', 'consumer-coverage.md'), 'utf8'), /^# Consumer assurance verdict: PASS/);
});

test('replay: a broken HAR exits 2 naming the field', async () => {
  const har = join(dir, 'broken.har');
  writeFileSync(har, JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [{ startedDateTime: '2026-03-16T09:00:00Z', request: { method: 'GET', headers: [] }, response: { status: 200, headers: [], content: {} } }] } }));
  const run = cli(['--replay', har, '--reports', join(dir, 'broken')]);
  assert.equal(await run.exit, 2);
  assert.match(run.stderr(), /^Cannot replay .*broken\.har: HAR_INVALID: log\.entries\[0\]\.request\.url must be a string \(got nothing\)\n/);
});
