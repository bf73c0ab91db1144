// A FHIR body as the JSON form every check reads: JSON as it is, FHIR XML (by its Content-Type)
// converted through the same codec the mock uses, so an XML answer is judged by the same schemas,
// invariants and rules as a JSON one (HTTP-01, provider script P9).
import { parseFhirXml } from '../../mocks/domain/transport/fhir-xml.ts';
import { isFhirXmlContentType } from '../../mocks/domain/transport/parse-media-type.ts';

export type BodyFormat = 'json' | 'xml';

export type ParsedFhirBody =
  | { readonly ok: true; readonly format: BodyFormat; readonly value: unknown }
  | { readonly ok: false; readonly format: BodyFormat; readonly reason: string };

/** XML when the Content-Type names FHIR XML; JSON otherwise (HTTP-04: JSON is the default). */
export function bodyFormatOf(contentType: string | undefined): BodyFormat {
  return isFhirXmlContentType(contentType) ? 'xml' : 'json';
}

export function parseFhirBody(text: string, contentType: string | undefined): ParsedFhirBody {
  if (bodyFormatOf(contentType) === 'xml') {
    const parsed = parseFhirXml(text);
    return parsed.ok ? { ok: true, format: 'xml', value: parsed.resource } : { ok: false, format: 'xml', reason: parsed.reason };
  }
  try {
    return { ok: true, format: 'json', value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, format: 'json', reason: `the body is not valid JSON (${(error as Error).message})` };
  }
}
