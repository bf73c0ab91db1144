// The TLS material rules that need no real certificate; the openssl-backed cases (a good pair, an
// expiring certificate, a key of another certificate) are in test/doctor/tls.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TargetConfig } from '../targets/target-config.ts';
import { checkTlsMaterial, describeSubject, firstHopUrl } from './check-tls-material.ts';

const CONFIG: TargetConfig = {
  name: 'P',
  baseUrl: 'https://provider.example/STU3/1/booking',
  providerAsid: '1',
  consumerAsid: '2',
  services: { withFreeSlots: '100' },
  consumers: [{ role: 'primary', odsCode: 'A', name: 'A' }],
};
const NOW = Date.parse('2026-03-16T09:00:00Z');

describe('checkTlsMaterial', () => {
  it('needs nothing for a plain HTTP target', () => {
    const check = checkTlsMaterial({ ...CONFIG, baseUrl: 'http://127.0.0.1:4000/STU3/1/booking' }, undefined, NOW);
    assert.deepEqual([check.status, check.detail], ['skipped', 'plain HTTP target: no TLS material needed']);
  });

  it('warns when an https endpoint gets no client certificate (SSP-09)', () => {
    const check = checkTlsMaterial(CONFIG, undefined, NOW);
    assert.deepEqual([check.status, check.detail, check.obligations], ['warn', 'no client certificate declared (target.tls), but the endpoint is https', ['SSP-09']]);
    assert.match(check.remedy ?? '', /^The SSP and providers require mutual TLS/);
  });

  it('names the field and file of a certificate that does not parse', () => {
    const check = checkTlsMaterial({ ...CONFIG, tls: { cert: 'certs/client.pem', key: 'certs/client.key' } }, { cert: Buffer.from('CERT'), key: Buffer.from('KEY') }, NOW);
    assert.equal(check.status, 'fail');
    assert.match(check.detail, /^target\.tls\.cert: certs\/client\.pem is not a PEM or DER certificate: /);
  });
});

describe('firstHopUrl', () => {
  it('is the SSP when one is declared, else the provider', () => {
    assert.equal(firstHopUrl(CONFIG).host, 'provider.example');
    assert.equal(firstHopUrl({ ...CONFIG, sspPrefix: 'https://ssp.example:8443' }).host, 'ssp.example:8443');
  });
});

describe('describeSubject', () => {
  it('puts a multi-line subject on one line', () => {
    assert.equal(describeSubject('CN=Spine client\nO=NHS\n'), 'CN=Spine client, O=NHS');
  });
});
