// What a CapabilityStatement's `format` list declares (CAP-04, HTTP-01): its entries, and the media
// type each one names (`json`, `xml` and the MIME spellings), read by assertions and drivers alike.
import type { FhirResource } from './read-fhir-json.ts';

const JSON_NAMES = ['json', 'application/fhir+json', 'application/json+fhir', 'application/json'];
const XML_NAMES = ['xml', 'application/fhir+xml', 'application/xml+fhir', 'application/xml'];

/** The declared wire formats (CAP-04). */
export function declaredFormats(cs: FhirResource): string[] {
  return Array.isArray(cs.format) ? cs.format.map(String) : [];
}

/** The FHIR media type a declared format names, or undefined for one that names neither JSON nor XML. */
export function expectedMediaType(format: string): string | undefined {
  const name = format.split(';')[0].trim().toLowerCase();
  if (JSON_NAMES.includes(name)) return 'application/fhir+json';
  if (XML_NAMES.includes(name)) return 'application/fhir+xml';
  return undefined;
}
