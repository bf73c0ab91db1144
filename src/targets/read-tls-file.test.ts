import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTlsFile } from './read-tls-file.ts';

describe('readTlsFile: regular files only, never more than the cap', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tls-file-'));
    writeFileSync(join(dir, 'small.pem'), '-----BEGIN CERTIFICATE-----\n');
    writeFileSync(join(dir, 'big.pem'), Buffer.alloc(2_049, 0x41));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file within the cap', () => {
    assert.deepEqual(readTlsFile(join(dir, 'small.pem'), 'small.pem', 2_048), { ok: true, bytes: Buffer.from('-----BEGIN CERTIFICATE-----\n') });
  });

  it('refuses a missing file, a directory, a device and a file over the cap, saying which', () => {
    assert.deepEqual(readTlsFile(join(dir, 'none.pem'), 'none.pem'), { ok: false, problem: 'file not found (none.pem)' });
    assert.deepEqual(readTlsFile(dir, 'certs'), { ok: false, problem: 'certs is a directory, not a PEM file' });
    assert.deepEqual(readTlsFile('/dev/zero', '/dev/zero'), { ok: false, problem: '/dev/zero is a device, not a PEM file' });
    assert.deepEqual(readTlsFile(join(dir, 'big.pem'), 'big.pem', 2_048), { ok: false, problem: 'big.pem is 2049 bytes; TLS files are limited to 2048' });
  });

  it('refuses a FIFO without waiting for a writer', { skip: spawnSync('mkfifo', ['--version'], { stdio: 'ignore' }).status === 0 ? false : 'mkfifo is not available' }, () => {
    const fifo = join(dir, 'pipe.pem');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    assert.deepEqual(readTlsFile(fifo, 'pipe.pem'), { ok: false, problem: 'pipe.pem is a pipe, not a PEM file' });
  });
});
