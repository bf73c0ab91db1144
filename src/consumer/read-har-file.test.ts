import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarFormatError, parseHar } from './parse-har.ts';
import { readHarFile } from './read-har-file.ts';
import { toHar } from './to-har.ts';
import { wellBehavedRecording, BASE, PROVIDER_ASID, CONSUMER_ASID } from '../../mocks/fixtures/judge-test-recording.ts';
import type { HarProviderFacts } from './har-types.ts';

const FACTS: HarProviderFacts = { baseUrl: BASE, providerAsid: PROVIDER_ASID, consumers: [{ asid: CONSUMER_ASID, odsCode: 'Y0X1A' }], serviceIds: ['2000481516'], acceptedSlotInteractionIds: ['urn:x'] };
const STREAMED = { streamAboveBytes: 0, chunkBytes: 7 };

function withFile<T>(text: string, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'har-'));
  try {
    const path = join(dir, 'x.har');
    writeFileSync(path, text);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a streamed HAR (7-byte chunks) reads exactly as one parsed whole: pretty or compact, members after the entries', () => {
  const recording = wellBehavedRecording().map((e, i) => (i === 1 ? { ...e, responseBody: '{"note":"é \\" \\\\ ] } , : ✓"}', fate: 'dropped-after-commit' as const } : e));
  const har = toHar(recording, FACTS);
  for (const text of [JSON.stringify(har), JSON.stringify(har, null, 2), JSON.stringify({ extra: [1, { a: '}' }], log: { entries: har.log.entries, _bookingAssurance: FACTS, version: '1.2', creator: har.log.creator, pages: [] } })]) {
    const streamed = withFile(text, (path) => {
      const har = readHarFile(path, STREAMED);
      // Read from the file on each iteration: twice gives the same.
      assert.deepEqual([...har.exchanges], [...har.exchanges]);
      return { ...har, exchanges: [...har.exchanges] };
    });
    assert.deepEqual(streamed, parseHar(text));
    assert.deepEqual(streamed.exchanges, recording);
  }
});

test('a streamed HAR fails with the same field-naming errors', () => {
  const entry = { startedDateTime: '2026-03-16T09:00:00Z', request: { method: 'GET', url: 'https://p.example/metadata', headers: [] }, response: { status: 200, headers: [], content: {} } };
  const table: [string, string][] = [
    [JSON.stringify([]), 'HAR_INVALID: (root) must be an object'],
    [JSON.stringify({ log: [] }), 'HAR_INVALID: log must be an object'],
    [JSON.stringify({ log: { version: '1.2', creator: { name: 'x' }, entries: {} } }), 'HAR_INVALID: log.entries must be an array'],
    [JSON.stringify({ log: { version: '1.2', creator: { name: 'x' } } }), 'HAR_INVALID: log.entries must be an array'],
    [JSON.stringify({ log: { version: '2.0', creator: { name: 'x' }, entries: [] } }), 'HAR_INVALID: log.version must be a HAR 1.x version'],
    [JSON.stringify({ log: { version: '1.2', creator: { name: 'x' }, entries: [entry, { ...entry, response: { ...entry.response, status: '200' } }] } }), 'HAR_INVALID: log.entries[1].response.status must be a number'],
    [JSON.stringify({ log: { version: '1.2', creator: { name: 'x' }, entries: [entry] } }).slice(0, -3), 'HAR_INVALID: (file) is not JSON'],
  ];
  for (const [text, message] of table) {
    assert.throws(() => withFile(text, (path) => readHarFile(path, STREAMED)), (error: unknown) => {
      assert.ok(error instanceof HarFormatError, String(error));
      assert.ok(error.message.startsWith(message), `${error.message} should start with ${message}`);
      return true;
    });
  }
});

test('a streamed HAR numbers its entries as one parsed whole: _seq kept only when every entry has a distinct one', () => {
  const har = toHar(wellBehavedRecording(), FACTS);
  const lastUnnumbered = { log: { ...har.log, entries: har.log.entries.map((e, i) => (i === 4 ? { ...e, _seq: undefined } : { ...e, _seq: (e._seq ?? 0) + 10 })) } };
  const shifted = { log: { ...har.log, entries: har.log.entries.map((e) => ({ ...e, _seq: (e._seq ?? 0) + 10 })) } };
  const seqs = (text: string) => withFile(text, (path) => [...readHarFile(path, STREAMED).exchanges].map((e) => e.seq));
  assert.deepEqual(seqs(JSON.stringify(lastUnnumbered)), [1, 2, 3, 4, 5]);
  assert.deepEqual(seqs(JSON.stringify(shifted)), [11, 12, 13, 14, 15]);
});
