import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalogueExample, type CatalogueExample } from '../../../src/fhir/catalogue-examples.ts';
import { parseFhirXml, toFhirXml } from './fhir-xml.ts';

const EXAMPLES: readonly CatalogueExample[] = ['searchset-bundle', 'booking-request', 'slot-taken-outcome', 'capability-statement'];

test('every reference payload of the catalogue comes back equal from JSON → XML → JSON (HTTP-01)', () => {
  for (const name of EXAMPLES) {
    const json = loadCatalogueExample(name);
    const xml = toFhirXml(structuredClone(json));
    assert.match(xml, new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?><${json.resourceType} xmlns="http://hl7.org/fhir">`), name);
    assert.deepEqual(parseFhirXml(xml), { ok: true, resource: json }, name);
  }
});

test('STU3-only elements survive the trip (an R4 model would drop them)', () => {
  const xml = toFhirXml(loadCatalogueExample('capability-statement'));
  assert.match(xml, /<acceptUnknown value="both"\/>/);
  assert.match(toFhirXml(loadCatalogueExample('booking-request')), /<indexed value="2026-03-15T18:40:55\+00:00"\/>/);
});

test('text that is not FHIR XML is a reason, never a throw', () => {
  const rows: [string, string][] = [
    ['', 'the XML body is empty'],
    ['{"resourceType":"Appointment"}', 'the body is not FHIR XML (Text data outside of root node.)'],
    ['<Appointment xmlns="http://hl7.org/fhir"><status value="booked"></Appointment>', 'the body is not FHIR XML (Unexpected close tag)'],
    ['<Banana xmlns="http://hl7.org/fhir"/>', 'the body is not FHIR XML (Unknown resource type: Banana)'],
    ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><Appointment xmlns="http://hl7.org/fhir"><comment value="&x;"/></Appointment>', 'the body is not FHIR XML (Invalid character entity)'],
  ];
  for (const [text, reason] of rows) assert.deepEqual(parseFhirXml(text), { ok: false, reason }, text);
});

test('non-ASCII and markup characters are escaped and restored (HTTP-07)', () => {
  const patient = { resourceType: 'Patient', name: [{ family: "Ó'Brien <&>", given: ['Siân'] }] };
  const xml = toFhirXml(patient);
  assert.match(xml, /Ó'Brien &lt;&amp;&gt;/);
  assert.deepEqual(parseFhirXml(xml), { ok: true, resource: patient });
});
