// Checks the schema files themselves: ids, and that every resource, backbone element and datatype
// lists exactly the STU3 elements (taken from the STU3 model shipped with `fhirpath`), so that an
// unknown-element warning always means "not in FHIR STU3" and never "we forgot it".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import stu3 from 'fhirpath/fhir-context/stu3';
import { SCHEMA_BASE_URI, schemaKinds } from './schema-registry.ts';

const dir = new URL('../../schemas/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
const load = (f: string): Record<string, any> => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const path2Type = (stu3 as unknown as { path2Type: Record<string, unknown> }).path2Type;

/** The STU3 element names directly under a path (choice types expanded, e.g. valueString). */
const stu3Children = (path: string): string[] =>
  Object.keys(path2Type).filter((k) => k.startsWith(`${path}.`) && !k.slice(path.length + 1).includes('.')).map((k) => k.slice(path.length + 1)).sort();
const keysOf = (properties: Record<string, unknown>): string[] => Object.keys(properties).filter((k) => k !== 'resourceType').sort();

test('one file per schema kind plus the primitives and datatypes, each with a matching $id', () => {
  assert.deepEqual(files, [...schemaKinds.map((k) => `${k}.schema.json`), 'fhir-datatypes.schema.json', 'fhir-primitives.schema.json'].sort());
  for (const f of files) {
    const schema = load(f);
    assert.equal(schema.$id, `${SCHEMA_BASE_URI}${f}`, f);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', f);
  }
});

test('each resource schema lists exactly the STU3 elements of the resource and its backbone elements', () => {
  for (const kind of schemaKinds.filter((k) => k !== 'AppointmentCreateRequest')) {
    const schema = load(`${kind}.schema.json`);
    assert.deepEqual(keysOf(schema.properties), stu3Children(kind), kind);
    assert.equal(schema.additionalProperties, false, kind);
    assert.deepEqual(schema.properties.resourceType, { const: kind }, kind);
    for (const [path, def] of Object.entries<Record<string, any>>(schema.$defs ?? {})) {
      assert.deepEqual(keysOf(def.properties), stu3Children(path), path);
      assert.equal(def.additionalProperties, false, path);
    }
  }
});

test('each modelled datatype lists exactly its STU3 elements', () => {
  const defs = load('fhir-datatypes.schema.json').$defs as Record<string, Record<string, any>>;
  const modelled = Object.entries(defs).filter(([, def]) => def.additionalProperties === false);
  assert.deepEqual(modelled.map(([name]) => name).sort(), [
    'Address', 'Attachment', 'CodeableConcept', 'Coding', 'ContactDetail', 'ContactPoint', 'Extension', 'HumanName',
    'Identifier', 'Meta', 'Narrative', 'Period', 'Quantity', 'Range', 'Reference', 'Signature', 'UsageContext',
  ]);
  for (const [name, def] of modelled) assert.deepEqual(keysOf(def.properties), stu3Children(name), name);
});

test('every override block names its obligation', () => {
  for (const kind of schemaKinds.filter((k) => k !== 'AppointmentCreateRequest')) {
    for (const block of load(`${kind}.schema.json`).allOf ?? []) {
      assert.match(block['x-obligation'], /^[A-Z]+-\d{2}(, [A-Z]+-\d{2})*$/, `${kind}: ${block.$comment}`);
      assert.match(block.$comment, new RegExp(`^${block['x-obligation'].split(',')[0]}|^2\\.13`), `${kind}: ${block.$comment}`);
    }
  }
});
