// Reads one TLS file of a target: a regular file only (never a directory, a FIFO or /dev/zero) and
// never more than MAX_TLS_FILE_BYTES, however large it claims to be or grows while being read.
// Problems say what is wrong with the file, without any of its content.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A certificate chain or a CA bundle is a few kilobytes; a megabyte is far beyond any real one. */
export const MAX_TLS_FILE_BYTES = 1024 * 1024;

export type TlsFileRead = { ok: true; bytes: Buffer } | { ok: false; problem: string };

function kindOf(stats: ReturnType<typeof fstatSync>): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `shown` is the path as the target file wrote it. */
export function readTlsFile(path: string, shown: string, maxBytes: number = MAX_TLS_FILE_BYTES): TlsFileRead {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO with no writer cannot hang validation.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' ? `file not found (${shown})` : `${shown} cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: `${shown} is ${kindOf(stats)}, not a PEM file` };
    if (stats.size > maxBytes) return { ok: false, problem: `${shown} is ${stats.size} bytes; TLS files are limited to ${maxBytes}` };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length <= maxBytes;) {
      read = readSync(fd, buffer, length, buffer.length - length, null);
      length += read;
    }
    if (length > maxBytes) return { ok: false, problem: `${shown} grew past ${maxBytes} bytes while being read` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}
