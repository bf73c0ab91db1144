// TLS material is loaded and checked while the target file is validated: a directory, /dev/zero, a
// bad PEM, an encrypted key without its passphrase or with a wrong one each stop the run with exit
// code 2 and the field named, before any scenario (they once passed and ended in 181 inconclusives).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTarget } from '../../src/targets/load-target.ts';
import type { TargetTls } from '../../src/targets/target-config.ts';
import { TargetConfigError } from '../../src/targets/target-config-error.ts';
import { HAS_OPENSSL, makeTestPki } from '../doctor/test-certificates.ts';

const TARGET = {
  name: 'Provider behind mutual TLS',
  baseUrl: 'https://127.0.0.1:1/STU3/1/careconnect/booking',
  providerAsid: '928374650011',
  consumerAsid: '928374650022',
  services: { withFreeSlots: '2000481516' },
  consumers: [{ role: 'primary', odsCode: 'Y0X1A', name: 'Northfield 111 Service' }],
};

describe('TLS material checked during target validation', { skip: HAS_OPENSSL ? false : 'openssl is not installed' }, () => {
  let dir: string;
  const targetWith = async (name: string, tls: TargetTls) => {
    const file = join(dir, `${name}.json`);
    await writeFile(file, JSON.stringify({ ...TARGET, tls }));
    return file;
  };
  const problemsOf = async (file: string, env: NodeJS.ProcessEnv = {}) => {
    const error = await loadTarget(file, env).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof TargetConfigError, `expected a TargetConfigError, got ${String(error)}`);
    return error.problems;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tls-validation-'));
    makeTestPki(dir);
    execFileSync('openssl', ['pkey', '-in', 'client.key', '-aes256', '-passout', 'pass:right horse', '-out', 'client-encrypted.key'], { cwd: dir, stdio: 'pipe' });
    await writeFile(join(dir, 'garbage.pem'), 'not a certificate\n');
    await mkdir(join(dir, 'certs'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('accepts good material, and an encrypted key with its passphrase', async () => {
    const plain = await loadTarget(await targetWith('good', { cert: 'client.pem', key: 'client.key', ca: 'ca.pem' }), {});
    assert.ok(plain.tls?.cert.toString().startsWith('-----BEGIN CERTIFICATE-----'));
    const encrypted = await loadTarget(await targetWith('encrypted', { cert: 'client.pem', key: 'client-encrypted.key', passphraseEnv: 'KEY_PASS' }), { KEY_PASS: 'right horse' });
    assert.equal(encrypted.tls?.passphrase, 'right horse');
  });

  const table: readonly [string, TargetTls, NodeJS.ProcessEnv, RegExp][] = [
    ['a directory as the certificate', { cert: 'certs', key: 'client.key' }, {}, /^target\.tls\.cert: certs is a directory, not a PEM file$/],
    ['/dev/zero as the certificate', { cert: '/dev/zero', key: 'client.key' }, {}, /^target\.tls\.cert: \/dev\/zero is a device, not a PEM file$/],
    ['a certificate that is not PEM', { cert: 'garbage.pem', key: 'client.key' }, {}, /^target\.tls\.cert: garbage\.pem is not a PEM or DER certificate: /],
    ['a key that is not PEM', { cert: 'client.pem', key: 'garbage.pem' }, {}, /^target\.tls\.key: garbage\.pem cannot be read as a private key: /],
    ['a certificate where the key belongs', { cert: 'client.pem', key: 'client.pem' }, {}, /^target\.tls\.key: client\.pem (cannot be read as a private key|holds no private key)/],
    ['a CA bundle that is not PEM', { cert: 'client.pem', key: 'client.key', ca: 'garbage.pem' }, {}, /^target\.tls\.ca: garbage\.pem is not a PEM certificate bundle: no PEM certificate in the file$/],
    ['a wrong passphrase', { cert: 'client.pem', key: 'client-encrypted.key', passphraseEnv: 'KEY_PASS' }, { KEY_PASS: 'wrong horse' }, /^target\.tls\.key: client-encrypted\.key cannot be decrypted with the passphrase given: wrong passphrase \(/],
    ['an encrypted key without a passphrase', { cert: 'client.pem', key: 'client-encrypted.key' }, {}, /^target\.tls\.key: client-encrypted\.key is an encrypted private key and no passphrase is given \(/],
  ];
  for (const [name, tls, env, problem] of table) {
    it(`refuses ${name}, naming the field`, async () => {
      const problems = await problemsOf(await targetWith(name.replace(/\W+/g, '-'), tls), env);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], problem);
    });
  }

  it('npm run assure exits 2 naming the field, before any scenario runs', async () => {
    const file = await targetWith('assure-bad-pem', { cert: 'garbage.pem', key: 'client.key' });
    const child = spawn(process.execPath, ['bin/assure.ts', '--target', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 2, stderr);
    assert.match(stderr, /target\.tls\.cert: garbage\.pem is not a PEM or DER certificate/);
  });
});
