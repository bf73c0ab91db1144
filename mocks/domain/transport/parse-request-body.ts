// BOOK-01 / BOOK-19: a request body is FHIR JSON, or FHIR XML when its Content-Type says so (the
// envelope has already refused XML where the provider does not serve it); XML is read into the same
// JSON form, so every later rule judges one shape. Not parseable → 400.
import { parseFhirXml } from './fhir-xml.ts';
import { parseJsonBody, type ParsedJsonBody } from './parse-json-body.ts';
import { isFhirXmlContentType } from './parse-media-type.ts';

export function parseRequestBody(text: string, contentType: string | null): ParsedJsonBody {
  if (!isFhirXmlContentType(contentType)) return parseJsonBody(text);
  const parsed = parseFhirXml(text);
  return parsed.ok
    ? { ok: true, body: parsed.resource }
    : { ok: false, problem: { code: 'BAD_BODY', diagnostics: `The request body is not valid FHIR XML: ${parsed.reason}` } };
}
