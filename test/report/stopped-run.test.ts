// A run stopped half-way (Ctrl+C, SIGTERM, a dead target) leaves coverage.json, coverage.md and
// junit.xml complete for what ran, and exits 3 when most MUST scenarios got no verdict.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Coverage } from '../../src/report/build-coverage.ts';
import { LiveRunReports } from '../../src/report/live-run-reports.ts';
import { OBLIGATIONS } from '../../spec/obligations-index.ts';
import { runAssurance, type StoppedRun } from '../../src/report/run-assurance.ts';
import { decideExitCode } from '../../src/run-model/decide-exit-code.ts';
import { buildRunEnvelopes } from './envelope-builder.ts';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const readCoverage = (dir: string): Coverage => JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as Coverage;

describe('LiveRunReports', () => {
  let dir: string;
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'live-reports-')); });
  after(() => rm(dir, { recursive: true, force: true }));

  it('rewrites the files as scenarios finish, so a run cut short leaves them complete for what ran', () => {
    const envelopes = buildRunEnvelopes([
      { name: 'first', tags: ['@SLOT-07', '@must'], steps: [{ text: 'a', status: 'PASSED' }] },
      { name: 'second', tags: ['@SLOT-09', '@must'], steps: [{ text: 'b', status: 'PASSED' }] },
      { name: 'third', tags: ['@JWT-11', '@must'], steps: [{ text: 'c', status: 'PASSED' }] },
    ]);
    const live = new LiveRunReports({ catalogue: OBLIGATIONS, untested: {}, reportsDir: dir, intervalMs: 0 });
    // Stop the stream right after the first scenario finished: the run never ends.
    const firstFinished = envelopes.findIndex((envelope) => envelope.testCaseFinished);
    for (const envelope of envelopes.slice(0, firstFinished + 1)) live.update(envelope);
    const coverage = readCoverage(dir);
    assert.deepEqual(coverage.scenarioTotals, { pass: 1, fail: 0, inconclusive: 0, skipped: 0, 'not-run': 2 });
    assert.deepEqual(coverage.obligations.find((o) => o.id === 'SLOT-09')?.scenarios.map((s) => [s.verdict, s.reason]), [['not-run', 'SKIPPED_UNFINISHED: the run stopped before this scenario finished']]);
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    assert.match(junit, /<testsuite name="Provider assurance" tests="3" failures="0" skipped="2"/);
    assert.match(junit, /name="second" time="0.000"><skipped message="NOT-RUN SKIPPED_UNFINISHED: the run stopped before this scenario finished"\/>/);
    assert.match(readFileSync(join(dir, 'coverage.md'), 'utf8'), /- 3 scenarios: 1 pass, 0 \*\*FAIL\*\*, 0 inconclusive, 0 skipped, 2 not run/);
    assert.equal(decideExitCode(live.flush().run.scenarios), 3);
  });
});

describe('a provider run stopped by a signal', () => {
  let server: Server;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stopped-run-'));
    // A target that accepts connections and never answers.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the reports of what ran when SIGINT arrives, and exits 3 (no verdict for most MUSTs)', async () => {
    const target = join(dir, 'dead.json');
    await writeFile(target, JSON.stringify({
      name: 'a dead target',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      providerAsid: '900000000001',
      consumerAsid: '900000000101',
      services: { withFreeSlots: '124459850' },
      consumers: [{ role: 'primary', odsCode: 'A1001', name: 'Northfield 111 Service' }],
      timeouts: { requestMs: 300 },
    }));
    const reportsDir = join(dir, 'reports');
    const signals = new EventEmitter();
    let resolveStopped: (stopped: StoppedRun) => void = () => undefined;
    const stopped = new Promise<StoppedRun>((resolve) => { resolveStopped = resolve; });
    const run = runAssurance({ target, tags: '@CAP-01 or @CAP-03 or @CAP-04', configFile: false, stdout: quiet(), reportsDir, signals, onStop: resolveStopped });
    // The files appear when the first scenario finishes; the signal comes while the others run.
    const poll = setInterval(() => { if (existsSync(join(reportsDir, 'coverage.json'))) { clearInterval(poll); signals.emit('SIGINT'); } }, 10);
    const result = await stopped;
    assert.equal(result.signal, 'SIGINT');
    assert.equal(result.exitCode, 3);
    const coverage = readCoverage(reportsDir);
    assert.ok(coverage.scenarioTotals.inconclusive >= 1, JSON.stringify(coverage.scenarioTotals));
    assert.match(readFileSync(join(reportsDir, 'junit.xml'), 'utf8'), /<skipped message="INCONCLUSIVE INCONCLUSIVE_TIMEOUT: /);
    assert.equal(signals.listenerCount('SIGINT'), 0);
    // The run itself goes on to its end (the CLI exits at once instead) and decides the same way.
    assert.equal((await run).exitCode, 3);
    assert.equal(signals.listenerCount('SIGTERM'), 0);
  });
});
