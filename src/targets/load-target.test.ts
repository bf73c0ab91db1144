import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HAS_OPENSSL, makeTestPki } from '../../test/doctor/test-certificates.ts';
import { loadTarget } from './load-target.ts';
import { TargetConfigError } from './target-config-error.ts';
import { redactTarget } from './redact-target.ts';

const VALID = {
  name: 'Example provider',
  baseUrl: 'https://provider.example.nhs.uk/STU3/1/careconnect/booking',
  providerAsid: '928374650011',
  consumerAsid: '928374650022',
  services: { withFreeSlots: '2000481516' },
  consumers: [{ role: 'primary', odsCode: 'Y0X1A', name: 'Northfield 111 Service' }],
};

describe('loadTarget', () => {
  let dir: string;
  const write = async (name: string, value: unknown) => {
    const file = join(dir, name);
    await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const problemsOf = async (file: string, env: NodeJS.ProcessEnv = {}) => {
    const error = await loadTarget(file, env).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof TargetConfigError, `expected a TargetConfigError, got ${String(error)}`);
    assert.equal(error.code, 'TARGET_INVALID');
    return error.problems;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'target-'));
    if (HAS_OPENSSL) makeTestPki(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('resolves a minimal target with strict defaults', async () => {
    const target = await loadTarget(await write('ok.json', VALID), {});
    assert.equal(target.config.baseUrl, VALID.baseUrl);
    assert.deepEqual(target.policy.auth.failureStatuses, [403]);
    assert.deepEqual(target.limits, { timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024 });
    assert.equal(target.consumer('primary')?.odsCode, 'Y0X1A');
    assert.equal(target.consumer('unseen')?.odsCode, 'Y9Z9Z');
    assert.equal(target.consumer('restricted'), undefined);
    assert.equal(target.tls, undefined);
  });

  it('loads TLS material relative to the file and takes the passphrase from the environment', { skip: HAS_OPENSSL ? false : 'openssl is not installed' }, async () => {
    const file = await write('tls.json', { ...VALID, tls: { cert: 'client.pem', key: 'client.key', passphraseEnv: 'KEY_PASS' } });
    const target = await loadTarget(file, { KEY_PASS: 's3cret' });
    assert.equal(target.tls?.cert.toString(), await readFile(join(dir, 'client.pem'), 'utf8'));
    assert.equal(target.tls?.passphrase, 's3cret');
  });

  const table: readonly [string, unknown, readonly string[]][] = [
    ['a missing TLS file', { ...VALID, tls: { cert: 'missing.pem', key: 'client.key' } }, ['target.tls.cert: file not found (missing.pem)']],
    ['a missing required field', { ...VALID, services: {} }, ['target.services.withFreeSlots: is required']],
    ['a misspelt field', { ...VALID, services: { withFreeSlots: '1', withoutSlot: '2' } }, ['target.services.withoutSlot: is not a known field']],
    ['a bad lenient value', { ...VALID, lenient: { bundle: { totalPolicy: 'sometimes' } } }, ['target.lenient.bundle.totalPolicy: must be one of matches, allEntries, optional']],
    ['a trailing slash on the base URL', { ...VALID, baseUrl: 'https://p.example/STU3/1/' }, ['target.baseUrl: must match pattern "^https?://[^?#]*[^/?#]$"']],
    ['no primary consumer', { ...VALID, consumers: [{ role: 'restricted', odsCode: 'B', name: 'B' }] }, ['target.consumers: needs one consumer with role "primary"']],
    ['a bad consumer ASID', { ...VALID, consumers: [{ role: 'primary', odsCode: 'A', name: 'A', asid: 'x1' }] }, ['target.consumers[0].asid: must match pattern "^[0-9]{1,20}$"']],
    ['a resource type the provider cannot hold', { ...VALID, oracle: { holds: ['Practitioner', 'Slot'] } }, ['target.oracle.holds[1]: must be one of Practitioner, PractitionerRole, Location, Organization']],
    ['a held type listed twice', { ...VALID, oracle: { holds: ['Location', 'Location'] } }, ['target.oracle.holds: must NOT have duplicate items (items ## 0 and 1 are identical)']],
    ['a bad page bound', { ...VALID, search: { maxPages: 0 } }, ['target.search.maxPages: must be >= 1']],
    ['a bad update retry behaviour', { ...VALID, lenient: { integrity: { updateRetryBehaviour: 'ignore' } } }, ['target.lenient.integrity.updateRetryBehaviour: must be one of conflict, replay, either']],
    ['an unset passphrase variable', { ...VALID, tls: { cert: 'client.pem', key: 'client.key', passphraseEnv: 'NOPE' } }, ['target.tls.passphraseEnv: environment variable NOPE is not set']],
  ];
  for (const [name, value, problems] of table) {
    it(`names the field for ${name}`, async () => {
      assert.deepEqual(await problemsOf(await write(`${name}.json`, value)), problems);
    });
  }

  it('refuses a file that is not JSON', async () => {
    const problems = await problemsOf(await write('bad.json', '{ nope'));
    assert.match(problems[0], /^target: is not valid JSON \(/);
  });

  it('never lets the passphrase reach a report', () => {
    const redacted = redactTarget({ ...VALID, consumers: [], tls: { cert: 'c', key: 'k', passphrase: 'hunter2' } } as never);
    assert.deepEqual(redacted.tls, { cert: 'c', key: 'k', passphrase: '[redacted]' });
  });
});

describe('the example target file', () => {
  it('is valid as shipped', async () => {
    const target = await loadTarget(new URL('./example-target.json', import.meta.url).pathname, {});
    assert.deepEqual(target.policy.auth.failureStatuses, [400, 401, 403]);
    assert.equal(target.consumer('restricted')?.asid, '928374650033');
  });
});
