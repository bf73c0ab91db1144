import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildHar } from '../../src/evidence-pack/build-har.ts';
import { readRunModel } from '../../src/run-model/read-run-model.ts';
import type { Exchange } from '../../src/client/exchange.ts';
import { buildRunEnvelopes, exchangeAttachment } from './envelope-builder.ts';
import { sampleEnvelopes } from './sample-run.ts';

const TOOL = { name: 'booking-assurance', version: '0.1.0' };

describe('buildHar', () => {
  const har = buildHar(readRunModel(sampleEnvelopes(), []).traffic, TOOL);

  it('has one entry per recorded exchange and one page per scenario attempt', () => {
    assert.equal(har.log.version, '1.2');
    assert.deepEqual(har.log.creator, TOOL);
    assert.deepEqual(har.log.entries.map((entry) => [entry._exchangeId, entry.pageref]), [
      ['x2-1', 'features/provider/slots.feature:10'],
      ['x1-1', 'features/provider/slots.feature:18'],
      ['x1-2', 'features/provider/slots.feature:18'],
    ]);
    assert.deepEqual(har.log.pages.map((page) => [page.id, page.title]), [
      ['features/provider/slots.feature:10', 'A search returns only slots of schedules mapped to the service'],
      ['features/provider/slots.feature:18', 'An unknown service is answered with 404'],
    ]);
  });

  it('rebuilds request and response in HAR form', () => {
    const entry = har.log.entries[1] as { request: Record<string, unknown>; response: { status: number; content: { mimeType: string; text: string }; bodySize: number; headers: unknown }; time: number; timings: unknown; _jwt: { claims: { requested_scope: string } } };
    assert.equal(entry.request.method, 'GET');
    assert.deepEqual(entry.request.queryString, [{ name: 'schedule.actor:healthcareservice', value: '2000999999' }]);
    assert.deepEqual(entry.request.headers, [
      { name: 'accept', value: 'application/fhir+json' },
      { name: 'authorization', value: 'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.e30.' },
      { name: 'ssp-from', value: '900000000101' },
    ]);
    assert.equal(entry.response.status, 200);
    assert.equal(entry.response.content.mimeType, 'application/fhir+json;charset=utf-8');
    assert.equal(JSON.parse(entry.response.content.text).resourceType, 'Bundle');
    assert.equal(entry.response.bodySize, 211);
    assert.equal(entry.time, 42);
    assert.deepEqual(entry.timings, { send: 0, wait: 42, receive: 0 });
    assert.equal(entry._jwt.claims.requested_scope, 'organization/slot.read');
  });

  it('records a network failure as status 0 with the error, and keeps retried attempts', () => {
    const refused: Exchange = { id: 'x5-1', purpose: 'check', label: 'metadata', startedAt: '2026-03-16T08:00:00.000Z', durationMs: 2, request: { method: 'POST', url: 'https://p.example/Appointment', headers: { 'content-type': 'application/fhir+json' }, body: '{"resourceType":"Appointment"}' }, failure: { kind: 'refused', message: 'connect ECONNREFUSED' } };
    const envelopes = buildRunEnvelopes([{ name: 'flaky', tags: [], retriedAttempts: 1, steps: [{ text: 'a', status: 'PASSED', attachments: [exchangeAttachment(refused)] }] }]);
    const log = buildHar(readRunModel(envelopes, []).traffic, TOOL).log;
    const entry = log.entries[0] as { request: { postData: unknown; bodySize: number }; response: { status: number; _error: string; bodySize: number } };
    assert.equal(log.entries.length, 1);
    assert.deepEqual(entry.request.postData, { mimeType: 'application/fhir+json', text: '{"resourceType":"Appointment"}' });
    assert.equal(entry.request.bodySize, 30);
    assert.deepEqual([entry.response.status, entry.response._error, entry.response.bodySize], [0, 'refused: connect ECONNREFUSED', -1]);
    assert.equal(log.pages[0].id, 'features/provider/slots.feature:10#2');
  });
});
