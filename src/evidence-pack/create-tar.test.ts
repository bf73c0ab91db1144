import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTar } from './create-tar.ts';

const MTIME = Date.UTC(2026, 2, 16, 8, 0, 0);
const LONG = `${'deep/'.repeat(30)}evidence-with-a-long-name.json`;

describe('createTar', () => {
  it('writes ustar blocks: a 512-byte header per file, data padded to 512, two zero blocks at the end', () => {
    const tar = createTar([{ path: 'a.txt', data: Buffer.from('hello'), mtimeMs: MTIME }]);
    assert.equal(tar.length, 512 + 512 + 1024);
    assert.equal(tar.subarray(0, 5).toString(), 'a.txt');
    assert.equal(tar.subarray(124, 136).toString(), '00000000005\0');
    assert.equal(tar.subarray(257, 265).toString('latin1'), 'ustar\u000000');
    assert.equal(tar.subarray(512, 517).toString(), 'hello');
    const checksum = [...tar.subarray(0, 512)].reduce((sum, byte, i) => sum + (i >= 148 && i < 156 ? 32 : byte), 0);
    assert.equal(tar.subarray(148, 156).toString('latin1'), `${checksum.toString(8).padStart(6, '0')}\0 `);
  });

  it('is read back by the tar command, long paths and exact sizes included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
    try {
      const files = [
        { path: 'empty.txt', data: Buffer.alloc(0), mtimeMs: MTIME },
        { path: 'dir/exactly-512.bin', data: Buffer.alloc(512, 7), mtimeMs: MTIME },
        { path: LONG, data: Buffer.from('{"ok":true}\n'), mtimeMs: MTIME },
      ];
      writeFileSync(join(dir, 'out.tar'), createTar(files));
      assert.deepEqual(execFileSync('tar', ['-tf', join(dir, 'out.tar')]).toString().trim().split('\n'), files.map((file) => file.path));
      execFileSync('tar', ['-xf', join(dir, 'out.tar'), '-C', dir]);
      for (const file of files) assert.deepEqual(readFileSync(join(dir, file.path)), Buffer.from(file.data));
      assert.match(execFileSync('tar', ['-tvf', join(dir, 'out.tar')]).toString(), /2026-03-16 08:00 empty\.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses paths that would escape the archive or cannot be stored', () => {
    assert.throws(() => createTar([{ path: '../etc/passwd', data: Buffer.alloc(1), mtimeMs: 0 }]), /^Error: tar: path must be relative and inside the archive: \.\.\/etc\/passwd$/);
    assert.throws(() => createTar([{ path: 'x'.repeat(101), data: Buffer.alloc(1), mtimeMs: 0 }]), /^Error: tar: path too long for ustar: x{101}$/);
  });
});
