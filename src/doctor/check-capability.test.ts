import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AnsweredExchange } from '../client/exchange.ts';
import { loadCatalogueExample } from '../fhir/catalogue-examples.ts';
import { createFhirValidator } from '../fhir/validate-resource.ts';
import { checkCapability } from './check-capability.ts';

const FHIR_JSON = 'application/fhir+json;charset=utf-8';

function answer(status: number, body: unknown, contentType = FHIR_JSON): AnsweredExchange {
  const bodyText = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    id: 'x1', purpose: 'setup', label: 'metadata', startedAt: '2026-03-16T09:00:00.000Z', durationMs: 12,
    request: { method: 'GET', url: 'https://p.example/STU3/1/x/metadata', headers: {} },
    response: { status, statusText: '', headers: { 'content-type': contentType }, bodyText, wireBytes: bodyText.length, utf8: true },
  };
}

const rows = async (exchange: AnsweredExchange) => (await checkCapability(exchange, validator)).checks.map((c) => [c.id, c.status, c.detail]);
const validator = createFhirValidator();
after(() => validator.close());

describe('checkCapability', () => {
  it('passes the catalogue\'s CapabilityStatement', async () => {
    const statement = loadCatalogueExample('capability-statement');
    assert.deepEqual((await rows(answer(200, statement))).map(([id, status]) => [id, status]), [
      ['capability.fetch', 'ok'], ['capability.valid', 'ok'], ['capability.fhir-version', 'ok'], ['capability.slot-search', 'ok'],
    ]);
  });

  it('fails a refusal with the token-audience remedy and checks nothing else', async () => {
    const { checks } = await checkCapability(answer(403, { resourceType: 'OperationOutcome', issue: [] }), validator);
    assert.deepEqual(checks.map((c) => [c.id, c.status]), [['capability.fetch', 'fail'], ['capability.valid', 'skipped'], ['capability.fhir-version', 'skipped'], ['capability.slot-search', 'skipped']]);
    assert.equal(checks[0].detail, 'https://p.example/STU3/1/x/metadata: CAP-01 STATUS_MISMATCH: the target answered 403, expected 200');
    assert.match(checks[0].remedy ?? '', /^The request was refused: check baseUrl is exactly the provider's service root \(it is the JWT aud, JWT-09\)/);
  });

  it('fails another FHIR version and warns about another STU3 patch', async () => {
    const r4 = { ...loadCatalogueExample('capability-statement'), fhirVersion: '4.0.1' };
    assert.deepEqual((await rows(answer(200, r4)))[2], ['capability.fhir-version', 'fail', 'fhirVersion is "4.0.1"']);
    const patch = { ...loadCatalogueExample('capability-statement'), fhirVersion: '3.0.2' };
    assert.deepEqual((await rows(answer(200, patch)))[2], ['capability.fhir-version', 'warn', 'fhirVersion is "3.0.2"']);
  });

  it('warns when Slot search is not declared as the template describes', async () => {
    const statement = loadCatalogueExample('capability-statement');
    statement.rest[0].resource = statement.rest[0].resource.filter((r: { type: string }) => r.type !== 'Slot');
    assert.deepEqual((await rows(answer(200, statement)))[3], ['capability.slot-search', 'warn', 'no search-type interaction on Slot; searchParam service (token) missing; searchParam status (token) missing; … 2 more; no searchInclude']);
  });

  it('fails a statement the offline validator rejects', async () => {
    const statement = { ...loadCatalogueExample('capability-statement'), status: 'live' };
    const [, valid] = await rows(answer(200, statement));
    assert.equal(valid[0], 'capability.valid');
    assert.equal(valid[1], 'fail');
    assert.match(String(valid[2]), /^1 error: CapabilityStatement\/status /);
  });

  it('warns about a space before charset but still reads the statement', async () => {
    const { checks } = await checkCapability(answer(200, loadCatalogueExample('capability-statement'), 'application/fhir+json; charset=utf-8'), validator);
    assert.equal(checks[0].status, 'warn');
    assert.match(checks[0].detail, /^200, application\/fhir\+json; charset=utf-8, 12 ms; Content-Type "application\/fhir\+json; charset=utf-8" has a space before charset/);
  });
});
