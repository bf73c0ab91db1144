import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildManifest } from './build-manifest.ts';

describe('buildManifest', () => {
  it('writes sha256sum lines sorted by path', () => {
    const manifest = buildManifest([
      { path: 'junit.xml', data: Buffer.from('') },
      { path: 'consumer/a.txt', data: Buffer.from('abc') },
    ]);
    assert.equal(
      manifest,
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  consumer/a.txt\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  junit.xml\n',
    );
  });

  it('refuses a path sha256sum would have to escape', () => {
    assert.throws(() => buildManifest([{ path: 'a\nb', data: Buffer.alloc(0) }]), /^Error: manifest: unsupported character in path "a\\nb"$/);
  });
});
