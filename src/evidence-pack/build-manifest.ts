// MANIFEST.sha256 in the format `sha256sum` writes and checks (`sha256sum -c MANIFEST.sha256`):
// one `<hex digest>  <path>` line per file, sorted by path so the manifest itself is reproducible.
import { createHash } from 'node:crypto';

export interface ManifestFile {
  readonly path: string;
  readonly data: Uint8Array;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function buildManifest(files: readonly ManifestFile[]): string {
  for (const file of files) {
    // sha256sum escapes such names with a leading backslash; we refuse them instead.
    if (/[\n\\]/.test(file.path)) throw new Error(`manifest: unsupported character in path ${JSON.stringify(file.path)}`);
  }
  const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((file) => `${sha256Hex(file.data)}  ${file.path}`);
  return `${lines.join('\n')}\n`;
}
