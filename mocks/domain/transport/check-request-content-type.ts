// HTTP-06: a POST or PUT body must be FHIR JSON (or FHIR XML, where the provider serves it) in
// UTF-8, else 415 + OperationOutcome (the status stays 415 in every mode: C-10).
// `application/fhir+json` is the spec's type; the STU3-transition `application/json+fhir` and plain
// `application/json` are accepted too, being the same bytes. Plain `application/xml` is not FHIR XML.
import type { Problem } from '../problem.ts';
import type { FhirFormat } from './negotiate-format.ts';
import { FHIR_XML_MEDIA_TYPES, JSON_MEDIA_TYPES, XML_MEDIA_TYPES, hasUtf8Charset, parseMediaType, quoteHeader } from './parse-media-type.ts';

const SEND = 'send application/fhir+json;charset=utf-8 (HTTP-06)';

function unsupported(diagnostics: string): Problem {
  return { code: 'UNSUPPORTED_MEDIA_TYPE', diagnostics };
}

export function checkRequestContentType(contentType: string | null, served: readonly FhirFormat[] = ['json']): Problem | undefined {
  if (contentType === null || contentType.trim() === '') {
    return unsupported(`The request has a body but no Content-Type; ${SEND}`);
  }
  const media = parseMediaType(contentType);
  if (media === undefined) return unsupported(`The Content-Type ${quoteHeader(contentType)} is not a media type; ${SEND}`);
  const xmlRead = served.includes('xml') && FHIR_XML_MEDIA_TYPES.includes(media.essence);
  if (XML_MEDIA_TYPES.includes(media.essence) && !xmlRead) {
    return unsupported(`XML request bodies (Content-Type ${quoteHeader(contentType)}) are not supported by this provider; ${SEND}`);
  }
  if (!JSON_MEDIA_TYPES.includes(media.essence) && !xmlRead) {
    return unsupported(`The Content-Type ${quoteHeader(contentType)} is not supported; ${SEND}`);
  }
  // HTTP-07: bodies are UTF-8.
  if (!hasUtf8Charset(media)) {
    return unsupported(`The Content-Type charset ${quoteHeader(media.params.charset)} is not supported; request bodies must be UTF-8 (HTTP-06, HTTP-07)`);
  }
  return undefined;
}
