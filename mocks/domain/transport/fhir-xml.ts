// HTTP-01 / BOOK-01: FHIR XML both ways, through the `fhir` package (FHIR.js) with the STU3 model
// in stu3-xml-model.json (scripts/build-stu3-xml-model.ts). Nothing here serialises by hand: the
// package maps every element by its STU3 definition (arrays, primitives, choice types, narrative).
import fhirPackage from 'fhir';
import stu3Model from './stu3-xml-model.json' with { type: 'json' };

export type XmlParse =
  | { readonly ok: true; readonly resource: Record<string, unknown> }
  | { readonly ok: false; readonly reason: string };

function createConverter(): InstanceType<typeof fhirPackage.Fhir> {
  const parser = new fhirPackage.ParseConformance(false, fhirPackage.Versions.STU3);
  parser.parsedStructureDefinitions = stu3Model as typeof parser.parsedStructureDefinitions;
  return new fhirPackage.Fhir(parser);
}

// The model is read-only data, so one converter serves every caller (building one parses nothing).
const converter = createConverter();

/** A FHIR resource as STU3 XML (`<?xml …?>` and the `http://hl7.org/fhir` namespace included). */
export function toFhirXml(resource: unknown): string {
  return converter.objToXml(resource as object);
}

/** A FHIR XML document as the resource's JSON form; a reason (never a throw) when it is not one. */
export function parseFhirXml(text: string): XmlParse {
  if (text.trim() === '') return { ok: false, reason: 'the XML body is empty' };
  try {
    const resource = converter.xmlToObj(text) as Record<string, unknown> | undefined;
    if (typeof resource?.resourceType !== 'string') return { ok: false, reason: 'the XML root is not a FHIR resource' };
    return { ok: true, resource };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `the body is not FHIR XML (${message})` };
  }
}
