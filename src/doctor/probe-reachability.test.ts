import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TargetConfig } from '../targets/target-config.ts';
import { networkRemedy } from './network-remedy.ts';
import { hostOf, portOf, probeReachability } from './probe-reachability.ts';

const CONFIG: TargetConfig = {
  name: 'P',
  baseUrl: 'https://provider.example/STU3/1/booking',
  sspPrefix: 'https://ssp.example',
  providerAsid: '1',
  consumerAsid: '2',
  services: { withFreeSlots: '100' },
  consumers: [{ role: 'primary', odsCode: 'A', name: 'A' }],
};

describe('probeReachability', () => {
  it('fails DNS for the SSP host, with the DNS remedy, and tries no connection', async () => {
    const notFound = async () => { throw Object.assign(new Error('getaddrinfo ENOTFOUND ssp.example'), { code: 'ENOTFOUND' }); };
    const { reachable, checks } = await probeReachability(CONFIG, 1_000, notFound);
    assert.equal(reachable, false);
    assert.deepEqual(checks.map((c) => [c.id, c.title, c.status, c.detail, c.remedy]), [
      ['net.dns', 'DNS resolves ssp.example (the SSP)', 'fail', 'ssp.example: getaddrinfo ENOTFOUND ssp.example', networkRemedy('dns')],
      ['net.connect', 'TCP connection to ssp.example:443', 'skipped', 'not tried: the host name does not resolve', undefined],
    ]);
  });

  it('gives up on a lookup that never returns', async () => {
    const started = performance.now();
    const { checks } = await probeReachability(CONFIG, 200, () => new Promise(() => undefined));
    assert.ok(performance.now() - started < 1_000);
    assert.deepEqual([checks[0].status, checks[0].detail, checks[0].remedy], ['fail', 'ssp.example: no answer within 200 ms', networkRemedy('timeout')]);
  });
});

describe('hostOf and portOf', () => {
  it('strip IPv6 brackets and default the port by scheme', () => {
    assert.equal(hostOf(new URL('http://[::1]:4000/x')), '::1');
    assert.equal(portOf(new URL('https://p.example/x')), 443);
    assert.equal(portOf(new URL('http://p.example/x')), 80);
    assert.equal(portOf(new URL('http://p.example:8080/x')), 8080);
  });
});
