// HAR replay stays bounded in memory: a long recording (a file streamed in chunks, as large exports
// are) is read and judged under a heap limit far below what holding its exchanges, or one finding
// object per passing check, would take (before bounding: ~110 MB of exchanges and ~90 MB of
// judgement retained for 20,000 entries).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeSyntheticHar } from '../../bench/har-replay.ts';

const ENTRIES = 20_000;
const HEAP_LIMIT_MB = 160;

test(`${ENTRIES.toLocaleString('en-GB')} HAR entries are read and judged under a ${HEAP_LIMIT_MB} MB heap`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'har-memory-'));
  try {
    const file = join(dir, 'recording.har');
    writeSyntheticHar(file, ENTRIES);
    const child = join(import.meta.dirname, '..', '..', 'bench', 'har-replay-child.ts');
    const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, child, file], { maxBuffer: 1024 * 1024 });
    const figures = JSON.parse(stdout) as { findings: number; exchanges: number; passedChecks: number };
    // Every exchange judged: the reference workflow's checks, passes counted rather than listed.
    assert.equal(figures.exchanges, ENTRIES);
    assert.ok(figures.passedChecks > 20 * ENTRIES, `only ${figures.passedChecks} passing checks counted`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
