import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFhirXml } from '../../mocks/domain/transport/fhir-xml.ts';
import { loadCatalogueExample } from './catalogue-examples.ts';
import { parseFhirBody } from './parse-fhir-body.ts';

test('a body is read as JSON or, by its Content-Type, as FHIR XML into the same JSON form', () => {
  const outcome = loadCatalogueExample('slot-taken-outcome');
  const rows: [string, string | undefined, unknown][] = [
    [JSON.stringify(outcome), 'application/fhir+json;charset=utf-8', { ok: true, format: 'json', value: outcome }],
    [JSON.stringify(outcome), undefined, { ok: true, format: 'json', value: outcome }],
    [toFhirXml(outcome), 'application/fhir+xml;charset=utf-8', { ok: true, format: 'xml', value: outcome }],
    [toFhirXml(outcome), 'application/xml+fhir', { ok: true, format: 'xml', value: outcome }],
    ['<html/>', 'application/fhir+xml', { ok: false, format: 'xml', reason: 'the body is not FHIR XML (Unknown resource type: html)' }],
    ['<html/>', 'text/html', { ok: false, format: 'json', reason: 'the body is not valid JSON (Unexpected token \'<\', "<html/>" is not valid JSON)' }],
  ];
  for (const [text, contentType, expected] of rows) assert.deepEqual(parseFhirBody(text, contentType), expected, `${contentType}: ${text.slice(0, 30)}`);
});
