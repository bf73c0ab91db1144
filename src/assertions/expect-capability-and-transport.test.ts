import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePolicy, STRICT_POLICY } from '../targets/conformance-policy.ts';
import type { WarningRecord } from '../verdict/verdict.ts';
import { expectAppointmentDeclared, expectSlotSearchDeclared, expectTemplateValues } from './expect-capability-statement.ts';
import { expectUnknownServiceAnswer } from './expect-contested-answers.ts';
import { expectFhirContentType } from './expect-fhir-content-type.ts';
import { expectIntegrityHeaders } from './expect-integrity-headers.ts';
import { expectGzipEncoded, expectNoStore } from './expect-transport-headers.ts';
import { fakeExchange, searchset } from './fake-exchange.ts';

const collect = () => {
  const warnings: WarningRecord[] = [];
  return { warnings, warn: (w: WarningRecord) => warnings.push(w) };
};

describe('expectFhirContentType (HTTP-07)', () => {
  const table: readonly [string | undefined, string | undefined][] = [
    ['application/fhir+json;charset=utf-8', undefined],
    ['Application/FHIR+JSON;charset=UTF-8', undefined],
    ['application/fhir+json; charset=utf-8', 'warn'],
    ['application/json', 'CONTENT_TYPE'],
    ['application/fhir+json', 'CONTENT_TYPE'],
    [undefined, 'CONTENT_TYPE'],
  ];
  for (const [contentType, outcome] of table) {
    it(`${String(contentType)} → ${outcome ?? 'accepted'}`, () => {
      const { warnings, warn } = collect();
      const exchange = fakeExchange({ body: {}, headers: contentType === undefined ? {} : { 'content-type': contentType } });
      if (outcome === 'CONTENT_TYPE') assert.throws(() => expectFhirContentType(exchange, 'json', ['CAP-01'], warn), { code: 'CONTENT_TYPE', obligations: ['CAP-01', 'HTTP-07'] });
      else expectFhirContentType(exchange, 'json', ['CAP-01'], warn);
      assert.deepEqual(warnings.map((w) => w.code), outcome === 'warn' ? ['CONTENT_TYPE_SPACE'] : []);
    });
  }
  it('fails a body that is not UTF-8', () => {
    assert.throws(() => expectFhirContentType(fakeExchange({ body: {}, utf8: false }), 'json', [], () => undefined), { code: 'BODY_NOT_UTF8' });
  });
});

describe('transport headers', () => {
  it('requires no-store among the Cache-Control directives (HTTP-10)', () => {
    assert.doesNotThrow(() => expectNoStore(fakeExchange({ headers: { 'cache-control': 'private, no-store' } })));
    assert.throws(() => expectNoStore(fakeExchange({ status: 404, headers: { 'cache-control': 'no-cache' } })), { code: 'CACHE_CONTROL', reason: 'the 404 response is cacheable', actual: 'no-cache' });
  });
  it('requires a gzip body when gzip was accepted (HTTP-08)', () => {
    assert.throws(() => expectGzipEncoded(fakeExchange({ body: {} })), { code: 'NOT_GZIPPED' });
    assert.doesNotThrow(() => expectGzipEncoded(fakeExchange({ body: {}, headers: { 'content-encoding': 'gzip' } })));
  });
  it('requires the provider\'s X-Request-ID and the echo of ours (XTI-03, XTI-04)', () => {
    assert.doesNotThrow(() => expectIntegrityHeaders(fakeExchange({ headers: { 'x-request-id': 'p-1', 'x-correlation-id': 'r-1' } })));
    assert.throws(() => expectIntegrityHeaders(fakeExchange({ headers: { 'x-correlation-id': 'r-1' } })), { code: 'NO_REQUEST_ID', obligations: ['XTI-03'] });
    assert.throws(() => expectIntegrityHeaders(fakeExchange({ headers: { 'x-request-id': 'p-1', 'x-correlation-id': 'other' } })), { code: 'CORRELATION_ID', expected: 'r-1', actual: 'other' });
  });
});

describe('expectUnknownServiceAnswer (SLOT-10, C-05)', () => {
  const emptyBundle = fakeExchange({ body: searchset([], 0) });
  it('refuses 200 in strict mode and accepts an empty 200 when relaxed', () => {
    assert.throws(() => expectUnknownServiceAnswer(emptyBundle, STRICT_POLICY, () => undefined), { code: 'STATUS_MISMATCH', obligations: ['SLOT-10'] });
    assert.doesNotThrow(() => expectUnknownServiceAnswer(emptyBundle, resolvePolicy({ slotSearch: { unknownServiceStatuses: [404, 200] } }), () => undefined));
  });
});

describe('CapabilityStatement checks', () => {
  const cs = (extra: Record<string, unknown>) => ({ resourceType: 'CapabilityStatement', fhirVersion: '3.0.1', kind: 'capability', status: 'active', rest: [{ mode: 'server', resource: [] }], ...extra });
  it('warns on template placeholders and fails wrong fixed values (CAP-05)', () => {
    const { warnings, warn } = collect();
    expectTemplateValues(fakeExchange(), cs({ publisher: '[Supplier Name]' }), warn);
    assert.equal(warnings[0].message, 'template placeholders left in publisher/software/contact: "[Supplier Name]"');
    assert.throws(() => expectTemplateValues(fakeExchange(), cs({ fhirVersion: '4.0.1' }), warn), { code: 'TEMPLATE_VALUES', actual: { fhirVersion: '4.0.1' } });
  });
  it('lists what Slot search lacks (CAP-06)', () => {
    const slot = { type: 'Slot', interaction: [{ code: 'search-type' }], searchParam: [{ name: 'service', type: 'token' }, { name: 'start', type: 'date' }] };
    assert.throws(() => expectSlotSearchDeclared(fakeExchange(), cs({ rest: [{ mode: 'server', resource: [slot] }] })), { code: 'SLOT_NOT_DECLARED', actual: ['searchParam status (token) missing', 'no searchInclude list'] });
  });
  it('fails a missing create and only warns about update and vread (CAP-07, C-23)', () => {
    const { warnings, warn } = collect();
    const appointment = (codes: string[]) => cs({ rest: [{ mode: 'server', resource: [{ type: 'Appointment', interaction: codes.map((code) => ({ code })) }] }] });
    expectAppointmentDeclared(fakeExchange(), appointment(['read', 'create']), warn);
    assert.deepEqual(warnings.map((w) => w.code), ['APPOINTMENT_UPDATE_VREAD']);
    assert.throws(() => expectAppointmentDeclared(fakeExchange(), appointment(['read']), warn), { code: 'APPOINTMENT_NOT_DECLARED', reason: 'Appointment lacks create' });
  });
});
