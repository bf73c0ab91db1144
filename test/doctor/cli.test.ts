// `npm run doctor -- --target target.json [--json]` as a process: exit 0 when nothing failed,
// 1 when a check failed, 2 on a usage error; the checklist or the JSON report on stdout; no secret.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import type { DoctorReport } from '../../src/doctor/doctor-report.ts';
import { BASE_PATH, closedPort, mockTargetConfig, writeTarget } from './doctor-servers.ts';

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Asynchronous on purpose: the mock answering the child lives in this process's event loop.
function doctor(...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/doctor.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('bin/doctor.ts', () => {
  let dir: string;
  let mock: RunningMock;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'doctor-cli-'));
    mock = await startMockServer({ port: 0, basePath: BASE_PATH, fixture: 'default' });
  });
  after(async () => {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the checklist and the skip table, and exits 0 for the mock', async () => {
    const run = await doctor('--target', await writeTarget(dir, 'mock.json', mockTargetConfig(mock.baseUrl)));
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'booking-assurance doctor: Embedded mock provider (default fixture)');
    assert.ok(lines.includes('  ✔ fhirVersion is 3.0.1: 3.0.1'));
    assert.ok(lines.includes('  SKIPPED       No slots: a service without slots (SLOT-29)'));
    assert.ok(lines.includes('                  because the target declares no services.withoutSlots (needed for "a service without slots")'));
    assert.match(lines.at(-2) ?? '', /^READY: 0 failed, 0 warnings, 16 ok, 2 not applicable; 1 of 24 scenario groups will be skipped$/);
  });

  it('exits 1 with a remedy line when the endpoint cannot be reached', async () => {
    const port = await closedPort();
    const run = await doctor('--target', await writeTarget(dir, 'refused.json', mockTargetConfig(`http://127.0.0.1:${port}${BASE_PATH}`, { sspPrefix: `http://127.0.0.1:${port}` })));
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    const failed = lines.findIndex((line) => line.startsWith(`  ✖ TCP connection to 127.0.0.1:${port}: `));
    assert.ok(failed > 0, run.stdout);
    assert.match(lines[failed + 1], /^ {6}→ Nothing accepts connections there/);
    assert.match(lines.at(-2) ?? '', /^NOT READY: 1 failed, /);
  });

  it('prints the machine-readable report with --json, passphrase redacted', async () => {
    await writeFile(join(dir, 'client.pem'), 'not a certificate');
    await writeFile(join(dir, 'client.key'), 'not a key');
    const file = await writeTarget(dir, 'secret.json', mockTargetConfig(`https://127.0.0.1:1${BASE_PATH}`, { sspPrefix: undefined, tls: { cert: 'client.pem', key: 'client.key', passphrase: 'hunter2' } }));
    const run = await doctor('--target', file, '--json');
    assert.equal(run.code, 1);
    assert.ok(!run.stdout.includes('hunter2'), 'the passphrase must never be printed');
    const report = JSON.parse(run.stdout) as DoctorReport;
    // Unparseable TLS material makes the target file invalid, so the doctor stops at it (naming the field).
    assert.match(report.checks.find((check) => check.id === 'target.file')?.detail ?? '', /target\.tls\.cert: client\.pem is not a PEM or DER certificate: /);
    const material = report.checks.find((check) => check.id === 'tls.material');
    assert.equal(material?.status, 'fail');
    assert.match(material?.detail ?? '', /^target\.tls\.cert: client\.pem is not a PEM or DER certificate: /);
    assert.equal(report.failed, true);
  });

  it('exits 2 with the usage when --target is missing', async () => {
    const run = await doctor();
    assert.equal(run.code, 2);
    assert.equal(run.stderr, '--target is required\nUsage: npm run doctor -- --target target.json [--json]\n');
    assert.equal(run.stdout, '');
  });
});
