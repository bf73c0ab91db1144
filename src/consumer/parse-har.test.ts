import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HarFormatError, parseHar } from './parse-har.ts';
import { toHar } from './to-har.ts';
import { wellBehavedRecording, BASE, PROVIDER_ASID, CONSUMER_ASID } from '../../mocks/fixtures/judge-test-recording.ts';
import type { HarProviderFacts } from './har-types.ts';

const FACTS: HarProviderFacts = { baseUrl: BASE, providerAsid: PROVIDER_ASID, consumers: [{ asid: CONSUMER_ASID, odsCode: 'Y0X1A' }], serviceIds: ['2000481516'], acceptedSlotInteractionIds: ['urn:x'] };

test('a recording survives export to HAR 1.2 and back, field for field', () => {
  const recording = wellBehavedRecording();
  const har = toHar(recording, FACTS);
  assert.equal(har.log.version, '1.2');
  assert.equal(har.log.entries[1].request.url, `https://provider.example.nhs.uk${recording[1].url}`);
  assert.deepEqual(har.log.entries[1].request.queryString[0], { name: 'schedule.actor:healthcareservice', value: '2000481516' });
  const parsed = parseHar(JSON.stringify(har));
  assert.deepEqual(parsed.exchanges, recording);
  assert.deepEqual(parsed.provider, FACTS);
  assert.deepEqual(parsed.urls, har.log.entries.map((e) => e.request.url));
});

test('a HAR from elsewhere: mixed-case and repeated headers, HTTP/2 pseudo-headers, base64 bodies, no _seq', () => {
  const har = {
    log: {
      version: '1.2', creator: { name: 'browser', version: '1' },
      entries: [{
        startedDateTime: '2026-03-16T09:00:00.000Z', time: 12,
        request: { method: 'get', url: 'https://ssp.example/https://p.example/STU3/1/x/Slot?start=ge2026-03-16T09:00:00+00:00#frag', headers: [{ name: ':authority', value: 'ssp.example' }, { name: 'Accept', value: 'a' }, { name: 'accept', value: 'b' }] },
        response: { status: 200, headers: [], content: { size: 2, mimeType: 'application/json', text: btoa('{}'), encoding: 'base64' } },
      }],
    },
  };
  const [exchange] = parseHar(JSON.stringify(har)).exchanges;
  assert.deepEqual(exchange, {
    seq: 1, receivedAt: '2026-03-16T09:00:00.000Z', method: 'GET',
    url: '/https://p.example/STU3/1/x/Slot?start=ge2026-03-16T09:00:00+00:00', rawQuery: 'start=ge2026-03-16T09:00:00+00:00',
    requestHeaders: { Accept: 'a, b' }, requestBody: null, status: 200, responseHeaders: {}, responseBody: '{}', durationMs: 12,
  });
});

test('a broken HAR fails with the field named', () => {
  const entry = { startedDateTime: '2026-03-16T09:00:00Z', request: { method: 'GET', url: 'https://p.example/metadata', headers: [] }, response: { status: 200, headers: [], content: {} } };
  const table: [unknown, string][] = [
    ['not json', 'HAR_INVALID: (file) is not JSON'],
    [[], 'HAR_INVALID: (root) must be an object'],
    [{ log: { version: '2.0', creator: { name: 'x' }, entries: [] } }, 'HAR_INVALID: log.version must be a HAR 1.x version such as "1.2" (got "2.0")'],
    [{ log: { version: '1.2', creator: {}, entries: [] } }, 'HAR_INVALID: log.creator.name must be a string (got nothing)'],
    [{ log: { version: '1.2', creator: { name: 'x' }, entries: {} } }, 'HAR_INVALID: log.entries must be an array'],
    [{ log: { version: '1.2', creator: { name: 'x' }, entries: [entry, { ...entry, request: { ...entry.request, url: '/metadata' } }] } }, 'HAR_INVALID: log.entries[1].request.url must be an absolute URL (got "/metadata")'],
    [{ log: { version: '1.2', creator: { name: 'x' }, entries: [{ ...entry, startedDateTime: 'yesterday' }] } }, 'HAR_INVALID: log.entries[0].startedDateTime must be an ISO 8601 date-time (got "yesterday")'],
    [{ log: { version: '1.2', creator: { name: 'x' }, entries: [{ ...entry, response: { ...entry.response, status: '200' } }] } }, 'HAR_INVALID: log.entries[0].response.status must be a number'],
    [{ log: { version: '1.2', creator: { name: 'x' }, entries: [{ ...entry, request: { ...entry.request, headers: [{ name: 'a' }] } }] } }, 'HAR_INVALID: log.entries[0].request.headers[0].value must be a string (got nothing)'],
    [{ log: { version: '1.2', creator: { name: 'x' }, entries: [], _bookingAssurance: { baseUrl: 'x' } } }, 'HAR_INVALID: log._bookingAssurance.providerAsid must be a string (got nothing)'],
  ];
  for (const [input, message] of table) {
    assert.throws(() => parseHar(typeof input === 'string' ? input : JSON.stringify(input)), (error: unknown) => {
      assert.ok(error instanceof HarFormatError);
      assert.ok(error.message.startsWith(message), `${error.message} should start with ${message}`);
      return true;
    });
  }
});

test('entry numbers: _seq is kept only when every entry has a distinct one', () => {
  const har = toHar(wellBehavedRecording(), FACTS);
  const renumbered = { log: { ...har.log, entries: har.log.entries.map((e, i) => (i === 0 ? { ...e, _seq: undefined } : e)) } };
  assert.deepEqual(parseHar(JSON.stringify(renumbered)).exchanges.map((e) => e.seq), [1, 2, 3, 4, 5]);
  const shifted = { log: { ...har.log, entries: har.log.entries.map((e) => ({ ...e, _seq: (e._seq ?? 0) + 10 })) } };
  assert.deepEqual(parseHar(JSON.stringify(shifted)).exchanges.map((e) => e.seq), [11, 12, 13, 14, 15]);
});
