// The doctor against real sockets: the embedded mock (all ok), a refused port and a silent server
// (reachability fails fast with a remedy), an HTML server (capability fails), a missing key file
// (TLS fails naming the field) and a clock 10 s off (skew warning, time-boundary groups at risk).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { diagnoseTargetFile } from '../../src/doctor/diagnose-target-file.ts';
import type { DoctorCheck, DoctorReport } from '../../src/doctor/doctor-report.ts';
import { networkRemedy } from '../../src/doctor/network-remedy.ts';
import { createFhirValidator, type FhirValidator } from '../../src/fhir/validate-resource.ts';
import { BASE_PATH, closedPort, mockTargetConfig, startHtmlServer, startSilentServer, startSkewedProxy, writeTarget } from './doctor-servers.ts';

const statusOf = (report: DoctorReport) => Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
const find = (report: DoctorReport, id: DoctorCheck['id']): DoctorCheck => {
  const check = report.checks.find((c) => c.id === id);
  assert.ok(check, `no ${id} check in ${report.checks.map((c) => c.id).join(', ')}`);
  return check;
};
const outcomeOf = (report: DoctorReport, group: string) => report.scenarioGroups.find((g) => g.id === group)?.outcome;

describe('runDoctor', () => {
  let dir: string;
  let mock: RunningMock;
  let validator: FhirValidator;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'doctor-'));
    mock = await startMockServer({ port: 0, basePath: BASE_PATH, fixture: 'default' });
    validator = createFhirValidator();
  });
  after(async () => {
    await validator.close();
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds nothing wrong with the embedded mock and its own description', async () => {
    const report = await diagnoseTargetFile(await writeTarget(dir, 'mock.json', mockTargetConfig(mock.baseUrl)), { validator });
    assert.deepEqual(statusOf(report), {
      'target.file': 'ok', 'tls.material': 'skipped', 'net.dns': 'ok', 'net.connect': 'ok',
      'capability.fetch': 'ok', 'capability.valid': 'ok', 'capability.fhir-version': 'ok', 'capability.slot-search': 'ok', 'clock.offset': 'ok',
      'data.free-slots': 'ok', 'data.unknown-service': 'ok', 'data.without-slots': 'skipped', 'data.empty-window': 'ok', 'data.multi-schedule': 'ok',
      'data.shared-schedule-pair': 'ok', 'data.schedules-by-service': 'ok', 'data.withheld-slots': 'ok', 'data.unseen-consumer': 'ok',
    });
    assert.equal(report.failed, false);
    assert.equal(find(report, 'data.multi-schedule').detail, 'slots from 2 schedules: schedule-1, schedule-2');
    assert.equal(find(report, 'data.unknown-service').detail, 'answered 404');
    assert.equal(find(report, 'data.without-slots').detail, 'the target declares no services.withoutSlots (needed for "a service without slots")');
    const notRunning = report.scenarioGroups.filter((g) => g.outcome !== 'runs').map((g) => [g.id, g.outcome, ...g.reasons]);
    assert.deepEqual(notRunning, [['empty-service', 'skipped', 'the target declares no services.withoutSlots (needed for "a service without slots")']]);
    assert.equal(report.target?.admin, undefined);
  });

  it('fails reachability at once on a refused port, with a remedy, and asks nothing further', async () => {
    const port = await closedPort();
    const file = await writeTarget(dir, 'refused.json', mockTargetConfig(`http://127.0.0.1:${port}${BASE_PATH}`, { sspPrefix: `http://127.0.0.1:${port}` }));
    const started = performance.now();
    const report = await diagnoseTargetFile(file, { validator });
    assert.ok(performance.now() - started < 3_000, 'a refused connection must not wait for a timeout');
    const connect = find(report, 'net.connect');
    assert.equal(connect.status, 'fail');
    assert.match(connect.detail, new RegExp(`^127\\.0\\.0\\.1:${port}: refused \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\)$`));
    assert.equal(connect.remedy, networkRemedy('refused'));
    assert.equal(find(report, 'capability.fetch').detail, `not run: 127.0.0.1:${port} cannot be reached`);
    assert.equal(find(report, 'capability.fetch').status, 'skipped');
    assert.equal(report.failed, true);
    assert.equal(outcomeOf(report, 'start-bounds'), 'unknown');
  });

  it('gives up on a server that never answers within the target\'s timeout', async () => {
    const silent = await startSilentServer();
    try {
      const file = await writeTarget(dir, 'silent.json', mockTargetConfig(`${silent.origin}${BASE_PATH}`, { sspPrefix: silent.origin, timeouts: { requestMs: 300 } }));
      const started = performance.now();
      const report = await diagnoseTargetFile(file, { validator });
      assert.ok(performance.now() - started < 3_000, 'the doctor must be bounded by timeouts.requestMs');
      const fetch = find(report, 'capability.fetch');
      assert.equal(fetch.status, 'fail');
      assert.equal(fetch.detail, `GET ${silent.origin}/${silent.origin}${BASE_PATH}/metadata: timeout (no complete response within 300 ms)`);
      assert.equal(fetch.remedy, networkRemedy('timeout'));
      assert.equal(find(report, 'data.free-slots').status, 'skipped');
    } finally {
      await silent.close();
    }
  });

  it('fails the capability check on a web server that answers HTML', async () => {
    const html = await startHtmlServer();
    try {
      const report = await diagnoseTargetFile(await writeTarget(dir, 'html.json', mockTargetConfig(`${html.origin}${BASE_PATH}`, { sspPrefix: html.origin })), { validator });
      const fetch = find(report, 'capability.fetch');
      assert.equal(fetch.status, 'fail');
      assert.match(fetch.detail, /: CAP-01, CAP-08 BODY_NOT_JSON: the body is not valid JSON \(.+\) \(markup, not JSON: <!DOCTYPE html><html><body>Welcome to nginx!<\/body><\/html>\)$/);
      assert.match(fetch.remedy ?? '', /^Check that baseUrl is the FHIR service root/);
      assert.equal(find(report, 'capability.valid').status, 'skipped');
      assert.equal(find(report, 'data.free-slots').status, 'fail');
      assert.equal(report.failed, true);
    } finally {
      await html.close();
    }
  });

  it('fails the TLS check naming the field when the key file is missing', async () => {
    await writeFile(join(dir, 'client.pem'), 'not read: the key is missing first');
    const file = await writeTarget(dir, 'no-key.json', mockTargetConfig(mock.baseUrl, { tls: { cert: 'client.pem', key: 'missing.key' } }));
    const report = await diagnoseTargetFile(file, { validator });
    assert.deepEqual(report.checks.map((c) => [c.id, c.status, c.detail]), [
      ['target.file', 'fail', `${file}: 1 problem: target.tls.key: file not found (missing.key)`],
      ['tls.material', 'fail', 'target.tls.key: file not found (missing.key)'],
    ]);
    assert.equal(report.failed, true);
    assert.equal(report.target, undefined);
  });

  it('warns when the provider\'s clock is 10 s off, and puts time-boundary groups at risk', async () => {
    const proxy = await startSkewedProxy(new URL(mock.baseUrl).origin, 10_000);
    try {
      const report = await diagnoseTargetFile(await writeTarget(dir, 'skew.json', mockTargetConfig(mock.baseUrl, { sspPrefix: proxy.origin })), { validator });
      const clock = find(report, 'clock.offset');
      assert.equal(clock.status, 'warn');
      assert.match(clock.detail, /^provider clock \+(9|10)\.\d s \(±0\.5 s\) from this machine's \(Date: .+ GMT\): the clocks differ by more than 1 s, so time-boundary tests \(JWT-11, JWT-12, SLOT-18\) may be marked inconclusive$/);
      assert.match(clock.remedy ?? '', /^Synchronise this machine with NTP/);
      assert.ok(report.clockSkew && report.clockSkew.skewMs > 9_000 && report.clockSkew.skewMs < 11_000);
      assert.equal(outcomeOf(report, 'jwt-time'), 'at-risk');
      assert.equal(outcomeOf(report, 'past-window'), 'at-risk');
      assert.equal(report.failed, false, 'a warning never fails the doctor');
    } finally {
      await proxy.close();
    }
  });
});
