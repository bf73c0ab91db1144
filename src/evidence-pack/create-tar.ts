// A POSIX ustar archive writer, enough for an evidence pack: regular files only, paths split into
// prefix/name when over 100 bytes. Readable by GNU tar, bsdtar (macOS, Windows' built-in tar.exe),
// 7-Zip and Windows Explorer. Deterministic: the same entries give the same bytes.

export interface TarEntry {
  /** Relative, `/`-separated. */
  readonly path: string;
  readonly data: Uint8Array;
  readonly mtimeMs: number;
}

const BLOCK = 512;

function splitPath(path: string): { readonly prefix: string; readonly name: string } {
  if (Buffer.byteLength(path) <= 100) return { prefix: '', name: path };
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const prefix = path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { prefix, name };
  }
  throw new Error(`tar: path too long for ustar: ${path}`);
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(entry: TarEntry): Buffer {
  if (entry.path.startsWith('/') || entry.path.split('/').includes('..')) throw new Error(`tar: path must be relative and inside the archive: ${entry.path}`);
  const { prefix, name } = splitPath(entry.path);
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(entry.data.byteLength, 12), 124, 'ascii');
  block.write(octal(Math.floor(entry.mtimeMs / 1000), 12), 136, 'ascii');
  block.write(' '.repeat(8), 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\u000000', 257, 'ascii');
  block.write('root', 265, 'ascii');
  block.write('root', 297, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  block.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

export function createTar(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(header(entry), Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength));
    const padding = (BLOCK - (entry.data.byteLength % BLOCK)) % BLOCK;
    if (padding > 0) parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
