import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRequestBody } from './parse-request-body.ts';
import { toFhirXml } from './fhir-xml.ts';

const patient = { resourceType: 'Patient', id: 'p1', gender: 'female' };

test('reads FHIR JSON, FHIR XML by Content-Type, and refuses what does not parse (BOOK-01, BOOK-19)', () => {
  assert.deepEqual(parseRequestBody(JSON.stringify(patient), 'application/fhir+json'), { ok: true, body: patient });
  assert.deepEqual(parseRequestBody(JSON.stringify(patient), null), { ok: true, body: patient });
  assert.deepEqual(parseRequestBody(toFhirXml(patient), 'application/fhir+xml; charset=utf-8'), { ok: true, body: patient });
  const badXml = parseRequestBody('<Patient', 'application/fhir+xml');
  assert.equal(badXml.ok, false);
  assert.match(badXml.ok ? '' : badXml.problem.diagnostics ?? '', /^The request body is not valid FHIR XML: /);
  assert.deepEqual(parseRequestBody('{', 'application/fhir+json'), { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not valid JSON' } });
});
