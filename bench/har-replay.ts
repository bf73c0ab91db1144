// HAR replay at scale: a synthetic HAR of N entries (copies of the reference workflow — metadata,
// slot search, book, read, cancel — each with its own ids, in one consumer session, the worst case
// for the session rules) is parsed and judged in a child process whose heap is capped at 1 GB, so
// finishing at all proves the bound; the child reports its times, heap and peak RSS.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ExchangeRecord } from '../mocks/domain/judge/exchange-record.ts';
import { APPOINTMENT_ID, BASE, CONSUMER_ASID, PROVIDER_ASID, SERVICE_A, T0_MS, uuid, wellBehavedRecording } from '../mocks/domain/judge/judge-test-recording.ts';
import { toHar } from '../src/consumer/to-har.ts';

export const HEAP_CAP_MB = 1024;

export interface HarReplayFigures {
  readonly entries: number;
  readonly harMB: number;
  readonly parseMs: number;
  readonly judgeMs: number;
  readonly heapUsedMB: number;
  readonly maxRssMB: number;
  readonly findings: number;
}

/** `copies` × 5 exchanges; every copy has its own X-Request-IDs, trace ids and appointment id. */
export function syntheticRecording(copies: number): ExchangeRecord[] {
  const workflow = wellBehavedRecording();
  const out: ExchangeRecord[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    const appointment = `${APPOINTMENT_ID.slice(0, 24)}${String(copy).padStart(12, '0')}`;
    const swap = (text: string | null): string | null => (text === null ? null : text.replaceAll(APPOINTMENT_ID, appointment));
    for (const exchange of workflow) {
      const seq = out.length + 1;
      out.push({
        ...exchange,
        seq,
        receivedAt: new Date(T0_MS + seq).toISOString(),
        url: swap(exchange.url) ?? '',
        requestHeaders: { ...exchange.requestHeaders, 'x-request-id': uuid(seq), 'ssp-traceid': uuid(10_000_000 + seq) },
        requestBody: swap(exchange.requestBody),
        responseBody: swap(exchange.responseBody),
      });
    }
  }
  return out;
}

export function syntheticHar(entries: number): string {
  const recording = syntheticRecording(Math.ceil(entries / 5)).slice(0, entries);
  return JSON.stringify(toHar(recording, { baseUrl: BASE, providerAsid: PROVIDER_ASID, consumers: [{ asid: CONSUMER_ASID, odsCode: 'Y0X1A' }], serviceIds: [SERVICE_A], acceptedSlotInteractionIds: ['urn:nhs:names:services:careconnect:fhir:rest:search:slot'] }));
}

export async function measureHarReplay(entries: number): Promise<HarReplayFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'har-replay-'));
  try {
    const file = join(dir, 'recording.har');
    const text = syntheticHar(entries);
    writeFileSync(file, text);
    const child = join(import.meta.dirname, 'har-replay-child.ts');
    const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, child, file], { maxBuffer: 1024 * 1024 });
    return { entries, harMB: text.length / 1e6, ...(JSON.parse(stdout) as Omit<HarReplayFigures, 'entries' | 'harMB'>) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
