import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFhirXml } from '../../mocks/domain/transport/fhir-xml.ts';
import { inFhirXml, requireXmlDeclared } from './fhir-xml-requests.ts';

test('a request with a JSON body is sent as FHIR XML asking for XML back', () => {
  const body = { resourceType: 'Appointment', status: 'cancelled', participant: [{ status: 'accepted' }] };
  const sent = inFhirXml<{ label: string; headers: Record<string, string>; body: string }>({ label: 'cancel', headers: { 'Content-Type': 'application/fhir+json;charset=utf-8', 'If-Match': 'W/"1"' }, body: JSON.stringify(body) });
  assert.equal(sent.label, 'cancel');
  assert.deepEqual(sent.headers, { 'Content-Type': 'application/fhir+xml;charset=utf-8', 'If-Match': 'W/"1"', Accept: 'application/fhir+xml;charset=utf-8' });
  assert.deepEqual(parseFhirXml(String(sent.body)), { ok: true, resource: body });
  assert.deepEqual(inFhirXml<{ label: string }>({ label: 'read' }), { label: 'read', headers: { Accept: 'application/fhir+xml;charset=utf-8' } });
});

test('XML scenarios run only where the CapabilityStatement lists XML', () => {
  assert.doesNotThrow(() => requireXmlDeclared({ resourceType: 'CapabilityStatement', format: ['application/fhir+json', 'xml'] }));
  assert.throws(() => requireXmlDeclared({ resourceType: 'CapabilityStatement', format: ['application/fhir+json'] }), { code: 'SKIPPED_NOT_DECLARED', reason: 'the CapabilityStatement does not declare FHIR XML among its formats' });
});
