// GET /_admin/traffic: the recording as a JSON array, streamed a batch of exchanges at a time so a
// full traffic log is never rendered into one string (the dump itself is never recorded).
import type { RecordedExchange } from '../store/traffic-log.ts';

const BATCH = 64;

export function trafficDump(entries: readonly RecordedExchange[], headers: Readonly<Record<string, string>>): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next >= entries.length) {
        controller.enqueue(encoder.encode(entries.length === 0 ? '[]\n' : '\n]\n'));
        controller.close();
        return;
      }
      const batch = entries.slice(next, next + BATCH).map((entry, i) => `${next + i === 0 ? '[\n' : ',\n'}${JSON.stringify(entry)}`);
      next += BATCH;
      controller.enqueue(encoder.encode(batch.join('')));
    },
  });
  return new Response(body, { status: 200, headers });
}
