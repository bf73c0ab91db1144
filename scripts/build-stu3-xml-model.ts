// Regenerates mocks/domain/transport/stu3-xml-model.json, the STU3 (3.0.1) structure model the `fhir`
// package converts JSON and XML with. The package ships only an R4 model; its documented way to
// another version is to parse that version's "FHIR Definitions" bundles with ParseConformance,
// which is what this does once, so that nothing is parsed (or downloaded) at run time.
//
//   node scripts/build-stu3-xml-model.ts <folder with profiles-types.json and profiles-resources.json>
//
// The STU3 definitions are the FHIR 3.0.1 JSON definitions download; the `fhir` package's 3.x
// releases on the npm registry carry the same files under profiles/stu3/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fhirPackage from 'fhir';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/build-stu3-xml-model.ts <STU3 definitions folder>');
  process.exit(2);
}
const parser = new fhirPackage.ParseConformance(false, fhirPackage.Versions.STU3);
for (const file of ['profiles-types.json', 'profiles-resources.json']) parser.parseBundle(JSON.parse(readFileSync(join(folder, file), 'utf8')));

type Property = Record<string, unknown> & { _properties?: Property[] };
// Value-set bindings only matter to the package's validator, which the project does not use.
const strip = (properties: Property[]): Property[] => properties.map(({ _valueSet, _valueSetStrength, ...kept }) =>
  (kept._properties ? { ...kept, _properties: strip(kept._properties) } : kept));
const model = Object.fromEntries(Object.entries(parser.parsedStructureDefinitions as Record<string, Property>)
  .map(([name, type]) => [name, type._properties ? { ...type, _properties: strip(type._properties) } : type]));
const target = new URL('../mocks/domain/transport/stu3-xml-model.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(model)}\n`);
console.log(`${Object.keys(model).length} STU3 types written to ${target.pathname}`);
