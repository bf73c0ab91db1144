// HAR replay at scale: a synthetic HAR of N entries (copies of the reference workflow — metadata,
// slot search, book, read, cancel — each with its own ids, in one consumer session, the worst case
// for the session rules) is read (streamed: it is larger than one string may be) and judged in a
// child process under a 1,024 MB heap limit; the child reports its times, heap after judging and
// peak RSS. A run that does not fit the limit is reported, not thrown: the bench asserts nothing.
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BASE, CONSUMER_ASID, PROVIDER_ASID, SERVICE_A, workflowCopies } from '../mocks/fixtures/judge-test-recording.ts';
import { toHar } from '../src/consumer/to-har.ts';

/** The child's heap limit: the goal (judged in under 1 GB). */
export const HEAP_CAP_MB = 1024;

export interface HarReplayFigures {
  readonly entries: number;
  readonly harMB: number;
  readonly parseMs: number;
  readonly judgeMs: number;
  readonly cpuMs: number;
  readonly heapUsedMB: number;
  readonly retainedMB: number;
  readonly maxRssMB: number;
  readonly findings: number;
  /** Passing checks kept as counts rather than findings. */
  readonly passedChecks: number;
  /** Set when the child did not finish under HEAP_CAP_MB (the other figures are then NaN). */
  readonly failed?: string;
}

const FACTS = { baseUrl: BASE, providerAsid: PROVIDER_ASID, consumers: [{ asid: CONSUMER_ASID, odsCode: 'Y0X1A' }], serviceIds: [SERVICE_A], acceptedSlotInteractionIds: ['urn:nhs:names:services:careconnect:fhir:rest:search:slot'] };

/** Writes the HAR entry by entry (a long one is larger than any one string may be); returns its size in bytes. */
export function writeSyntheticHar(path: string, entries: number): number {
  const recording = workflowCopies(Math.ceil(entries / 5)).slice(0, entries);
  const { log } = toHar(recording, FACTS);
  writeFileSync(path, `{"log":{"version":"1.2","creator":${JSON.stringify(log.creator)},"entries":[`);
  let bytes = 0;
  for (let at = 0; at < log.entries.length; at += 1_000) {
    const batch = log.entries.slice(at, at + 1_000).map((entry) => JSON.stringify(entry)).join(',');
    const text = `${at === 0 ? '' : ','}${batch}`;
    appendFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  appendFileSync(path, `],"_bookingAssurance":${JSON.stringify(FACTS)}}}`);
  return bytes;
}

export async function measureHarReplay(entries: number): Promise<HarReplayFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'har-replay-'));
  try {
    const file = join(dir, 'recording.har');
    const bytes = writeSyntheticHar(file, entries);
    const child = join(import.meta.dirname, 'har-replay-child.ts');
    const run = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, child, file], { maxBuffer: 1024 * 1024 })
      .catch((error: { signal?: string; code?: number; stderr?: string }) => ({ failed: `${error.signal ?? `exit ${error.code}`}: ${/FATAL ERROR: [^\n]*/.exec(error.stderr ?? '')?.[0] ?? 'see stderr'}` }));
    if ('failed' in run) {
      const none = Number.NaN;
      return { entries, harMB: bytes / 1e6, parseMs: none, judgeMs: none, cpuMs: none, heapUsedMB: none, retainedMB: none, maxRssMB: none, findings: none, passedChecks: none, failed: run.failed };
    }
    return { entries, harMB: bytes / 1e6, ...(JSON.parse(run.stdout) as Omit<HarReplayFigures, 'entries' | 'harMB'>) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
