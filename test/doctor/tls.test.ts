// The doctor against the mock served over mutual TLS (SSP-09), with a throwaway PKI made by
// openssl: a good client certificate, one expiring soon, a key of another certificate, a client
// the server does not trust, and a server the client cannot verify without tls.ca.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createHttpListener } from '../../mocks/server/http-adapter.ts';
import { MockProviderState } from '../../mocks/store/mock-provider-state.ts';
import { diagnoseTargetFile } from '../../src/doctor/diagnose-target-file.ts';
import type { DoctorCheck, DoctorReport } from '../../src/doctor/doctor-report.ts';
import { createFhirValidator, type FhirValidator } from '../../src/fhir/validate-resource.ts';
import { networkRemedy } from '../../src/doctor/network-remedy.ts';
import type { TargetTls } from '../../src/targets/target-config.ts';
import { BASE_PATH, mockTargetConfig, writeTarget } from './doctor-servers.ts';
import { HAS_OPENSSL, makeTestPki } from './test-certificates.ts';

const find = (report: DoctorReport, id: DoctorCheck['id']): DoctorCheck => {
  const check = report.checks.find((c) => c.id === id);
  assert.ok(check, `no ${id} check`);
  return check;
};

describe('runDoctor over mutual TLS', { skip: HAS_OPENSSL ? false : 'openssl is not installed, so no throwaway certificates can be made' }, () => {
  let dir: string;
  let origin: string;
  let close: () => Promise<void>;
  let validator: FhirValidator;
  const diagnose = async (name: string, tls: TargetTls) => diagnoseTargetFile(await writeTarget(dir, name, mockTargetConfig(`${origin}${BASE_PATH}`, { sspPrefix: origin, tls })), { validator });

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'doctor-tls-'));
    const pki = makeTestPki(dir);
    const read = (file: string) => readFile(join(dir, file));
    const server = createHttpsServer({ cert: await read(pki.serverCert), key: await read(pki.serverKey), ca: await read(pki.ca), requestCert: true, rejectUnauthorized: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const state = new MockProviderState({ baseUrl: `${origin}${BASE_PATH}`, fixture: 'default' });
    server.on('request', createHttpListener(state, createHandlers(state)));
    close = () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    validator = createFhirValidator();
  });
  after(async () => {
    await validator?.close();
    await close?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds nothing wrong with a trusted client certificate', async () => {
    const report = await diagnose('good.json', { cert: 'client.pem', key: 'client.key', ca: 'ca.pem' });
    assert.match(find(report, 'tls.material').detail, /^CN=Doctor Test Client, O=Northfield 111: valid until \d{4}-\d\d-\d\d \(36[45] days\); key matches; CA bundle: 1 certificate$/);
    assert.match(find(report, 'tls.handshake').detail, /^TLSv1\.3, server CN=localhost \(valid until \d{4}-\d\d-\d\d \(\d+ days\)\), client certificate accepted$/);
    assert.deepEqual(report.checks.filter((c) => c.status === 'warn' || c.status === 'fail').map((c) => c.id), []);
    assert.equal(report.failed, false);
  });

  it('warns about a client certificate expiring within 30 days', async () => {
    const report = await diagnose('soon.json', { cert: 'client-soon.pem', key: 'client-soon.key', ca: 'ca.pem' });
    const material = find(report, 'tls.material');
    assert.equal(material.status, 'warn');
    assert.match(material.detail, /^CN=Doctor Expiring Client: expires in (9|10) days \(\d{4}-\d\d-\d\d\); key matches; CA bundle: 1 certificate$/);
    assert.equal(material.remedy, 'Renew the client certificate before it expires.');
    assert.equal(report.failed, false);
  });

  it('fails, naming the field, when the key belongs to another certificate', async () => {
    const report = await diagnose('mismatch.json', { cert: 'client.pem', key: 'rogue.key', ca: 'ca.pem' });
    const material = find(report, 'tls.material');
    assert.equal(material.status, 'fail');
    assert.equal(material.detail, 'target.tls.key: rogue.key does not belong to the certificate in target.tls.cert (client.pem)');
    assert.equal(find(report, 'net.connect').status, 'ok', 'reachability is still worth knowing');
    assert.equal(find(report, 'tls.handshake').detail, 'not tried: the TLS client material is unusable');
    assert.equal(find(report, 'capability.fetch').detail, 'not run: the TLS client material is unusable');
    assert.equal(report.failed, true);
  });

  it('fails the handshake when the server refuses the client certificate', async () => {
    const report = await diagnose('rogue.json', { cert: 'rogue.pem', key: 'rogue.key', ca: 'ca.pem' });
    assert.equal(find(report, 'tls.material').status, 'ok');
    const handshake = find(report, 'tls.handshake');
    assert.equal(handshake.status, 'fail');
    // Node's TLS server hangs up on a refused certificate instead of sending an alert.
    assert.match(handshake.detail, /^TLSv1\.3, server CN=localhost \(.+\), client certificate, then the server hung up without answering$/);
    assert.match(handshake.remedy ?? '', /^The server most likely does not accept tls\.cert/);
    const fetch = find(report, 'capability.fetch');
    assert.equal(fetch.status, 'fail');
    assert.equal(fetch.detail, `GET ${origin}/${origin}${BASE_PATH}/metadata: reset (socket hang up)`);
    assert.equal(fetch.remedy, networkRemedy('reset'));
  });

  it('fails the handshake when the server certificate cannot be verified without tls.ca', async () => {
    const report = await diagnose('no-ca.json', { cert: 'client.pem', key: 'client.key' });
    const handshake = find(report, 'tls.handshake');
    assert.equal(handshake.status, 'fail');
    assert.match(handshake.detail, /^server certificate not trusted \((SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\); TLSv1\.3, server CN=localhost/);
    assert.match(handshake.remedy ?? '', /^Add the CA that issued the server certificate to tls\.ca/);
  });
});
