// Reads a HAR file for replay. A small file is parsed whole; a large one (the mock's own export of a
// long run can pass V8's maximum string length) is scanned in chunks: each element of `log.entries`
// is cut out, parsed and converted on its own, so neither the file's text nor its entries as JSON
// are ever held whole. Both paths give the same exchanges and the same field-naming errors.
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { HarFormatError, parseHar, streamedHarFromParts } from './parse-har.ts';
import type { Json, ParsedHar, StreamedHar } from './parse-har.ts';

export interface ReadHarOptions {
  /** Files larger than this many bytes are streamed (default 64 MiB). */
  readonly streamAboveBytes?: number;
  readonly chunkBytes?: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const isOpener = (b: number): boolean => b === 0x7b || b === 0x5b;
const isCloser = (b: number): boolean => b === 0x7d || b === 0x5d;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

type Role = 'root' | 'log' | 'entries' | 'other';

interface Frame {
  readonly object: boolean;
  readonly role: Role;
  /** The member key in force (objects of role root and log only). */
  key: string | undefined;
  expectKey: boolean;
}

type Target = { readonly kind: 'member'; readonly key: string } | { readonly kind: 'entry' };

interface Capture {
  readonly target: Target;
  readonly parts: Buffer[];
  start: number;
  /** The stack depth the captured value started at. */
  readonly depth: number;
  readonly shape: 'container' | 'string' | 'primitive';
}

function parseValue(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new HarFormatError('(file)', `is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The byte-level scanner: tracks strings and nesting, cuts out `log`'s members and `log.entries`' elements. */
class HarScanner {
  readonly log: Json = {};
  /** Undefined: entries are only traversed, not cut out (a pass that reads `log`'s other members). */
  readonly #onEntry: ((entry: unknown) => void) | undefined;
  readonly #stack: Frame[] = [];
  #inString = false;
  #escaped = false;
  /** Bytes of a key being read (root and log objects only). */
  #keyParts: Buffer[] | undefined;
  #keyStart = 0;
  #capture: Capture | undefined;
  #sawRoot = false;
  /** Position of the next backslash in the current chunk; -1 none left, -2 not searched yet. */
  #backslashAt = -2;
  #sawLog = false;
  #sawEntries = false;

  constructor(onEntry?: (entry: unknown) => void) {
    this.#onEntry = onEntry;
  }

  feed(chunk: Buffer): void {
    this.#backslashAt = -2;
    for (let i = 0; i < chunk.length; i += 1) {
      if (this.#inString) {
        if (this.#escaped) {
          this.#escaped = false;
          continue;
        }
        // Most bytes are inside strings: jump to the next quote or backslash.
        const quote = chunk.indexOf(QUOTE, i);
        // The next backslash is remembered per chunk: backslashes are rare, strings many.
        if (this.#backslashAt !== -1 && this.#backslashAt < i) this.#backslashAt = chunk.indexOf(BACKSLASH, i);
        const backslash = this.#backslashAt;
        if (backslash >= 0 && (quote < 0 || backslash < quote)) {
          [i, this.#escaped] = [backslash, true];
        } else if (quote >= 0) {
          i = quote;
          this.#endString(chunk, i);
        } else {
          i = chunk.length;
        }
        continue;
      }
      const byte = chunk[i];
      if (this.#capture?.shape === 'primitive' && (isSpace(byte) || byte === COMMA || isCloser(byte))) this.#finishCapture(chunk, i);
      if (isSpace(byte)) continue;
      const top = this.#stack.at(-1);
      if (byte === COLON) {
        if (top) top.expectKey = false;
      } else if (byte === COMMA) {
        if (top?.object) top.expectKey = true;
      } else if (isCloser(byte)) {
        this.#stack.pop();
        if (this.#capture?.shape === 'container' && this.#stack.length === this.#capture.depth) this.#finishCapture(chunk, i + 1);
      } else if (byte === QUOTE && top?.object && top.expectKey) {
        this.#inString = true;
        if (this.#capture === undefined && (top.role === 'root' || top.role === 'log')) [this.#keyParts, this.#keyStart] = [[], i + 1];
      } else {
        this.#startValue(byte, i);
      }
    }
    if (this.#capture !== undefined) {
      // Copied: the chunk's buffer is reused for the next read.
      this.#capture.parts.push(Buffer.from(chunk.subarray(this.#capture.start)));
      this.#capture.start = 0;
    }
    if (this.#keyParts !== undefined) {
      this.#keyParts.push(Buffer.from(chunk.subarray(this.#keyStart)));
      this.#keyStart = 0;
    }
  }

  finish(): void {
    if (this.#inString || this.#stack.length > 0 || !this.#sawRoot) throw new HarFormatError('(file)', 'is not JSON: it ends inside a value');
    if (!this.#sawLog) throw new HarFormatError('log', 'must be an object');
    if (!this.#sawEntries) throw new HarFormatError('log.entries', 'must be an array');
  }

  /** A value (not a key) begins at chunk[i]. */
  #startValue(byte: number, i: number): void {
    const depth = this.#stack.length;
    const parent = this.#stack.at(-1);
    if (this.#capture === undefined) this.#maybeCapture(byte, parent, depth, i);
    if (byte === QUOTE) {
      this.#inString = true;
      return;
    }
    if (!isOpener(byte)) return;
    const role: Role = this.#capture !== undefined ? 'other'
      : depth === 0 ? 'root'
        : parent?.role === 'root' && parent.key === 'log' ? 'log'
          : parent?.role === 'log' && parent.key === 'entries' ? 'entries' : 'other';
    if (depth === 0) {
      if (byte !== 0x7b) throw new HarFormatError('(root)', 'must be an object');
      this.#sawRoot = true;
    }
    if (role === 'log') {
      if (byte !== 0x7b) throw new HarFormatError('log', 'must be an object');
      this.#sawLog = true;
    }
    if (role === 'entries') {
      if (byte !== 0x5b) throw new HarFormatError('log.entries', 'must be an array');
      this.#sawEntries = true;
    }
    this.#stack.push({ object: byte === 0x7b, role, key: undefined, expectKey: byte === 0x7b });
  }

  #maybeCapture(byte: number, parent: Frame | undefined, depth: number, i: number): void {
    const shape = isOpener(byte) ? 'container' : byte === QUOTE ? 'string' : 'primitive';
    if (parent?.role === 'entries') {
      if (this.#onEntry === undefined) return;
      this.#capture = { target: { kind: 'entry' }, parts: [], start: i, depth, shape };
    } else if (parent?.role === 'log' && parent.key !== undefined && parent.key !== 'entries') {
      this.#capture = { target: { kind: 'member', key: parent.key }, parts: [], start: i, depth, shape };
    } else if (parent?.role === 'root' && parent.key === 'log' && byte !== 0x7b) {
      throw new HarFormatError('log', 'must be an object');
    } else if (parent?.role === 'log' && parent.key === 'entries' && byte !== 0x5b) {
      throw new HarFormatError('log.entries', 'must be an array');
    }
  }

  #endString(chunk: Buffer, at: number): void {
    this.#inString = false;
    if (this.#keyParts !== undefined) {
      const top = this.#stack.at(-1);
      if (top) top.key = Buffer.concat([...this.#keyParts, chunk.subarray(this.#keyStart, at)]).toString('utf8');
      this.#keyParts = undefined;
      return;
    }
    if (this.#capture?.shape === 'string' && this.#stack.length === this.#capture.depth) this.#finishCapture(chunk, at + 1);
  }

  #finishCapture(chunk: Buffer, end: number): void {
    const capture = this.#capture;
    if (capture === undefined) return;
    this.#capture = undefined;
    const value = parseValue(Buffer.concat([...capture.parts, chunk.subarray(capture.start, end)]));
    if (capture.target.kind === 'entry') this.#onEntry?.(value);
    else this.log[capture.target.key] = value;
  }
}

/** The file's bytes, one chunk at a time (the buffer is reused: consume each chunk before the next). */
function* chunksOf(path: string, chunkBytes: number): Generator<Buffer> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(chunkBytes);
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The entries are converted as they are cut out, so only one chunk's entries are alive as JSON at a
 * time; the exchanges are never held all at once either: each iteration reads the file again.
 */
function streamHar(path: string, chunkBytes: number): StreamedHar {
  let log: Json = {};
  const entries = (): Iterable<unknown> => ({
    *[Symbol.iterator]() {
      const cut: unknown[] = [];
      const scanner = new HarScanner((entry) => cut.push(entry));
      for (const chunk of chunksOf(path, chunkBytes)) {
        scanner.feed(chunk);
        yield* cut.splice(0);
      }
      scanner.finish();
      log = scanner.log;
    },
  });
  return streamedHarFromParts(entries, () => log);
}

/** A file of up to `streamAboveBytes` is parsed whole (its exchanges an array); a larger one is streamed. */
export function readHarFile(path: string, options: ReadHarOptions = {}): ParsedHar | StreamedHar {
  const size = statSync(path).size;
  if (size <= (options.streamAboveBytes ?? 64 * 1024 * 1024)) return parseHar(readFileSync(path, 'utf8'));
  return streamHar(path, options.chunkBytes ?? 1024 * 1024);
}
