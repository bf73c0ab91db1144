// HTTP-07: a FHIR body says so, and says UTF-8: `application/fhir+json;charset=utf-8`. The space
// before `charset` is tolerated (MUST) but reported (SHOULD: no space). HTTP-01/HTTP-04: JSON is
// the format unless another was asked for.
import type { Exchange } from '../client/exchange.ts';
import { answered, readFhirJson } from '../fhir/read-fhir-json.ts';
import { fail, type Warn } from '../verdict/fail.ts';

export type FhirFormat = 'json' | 'xml';

const XML_ASKED = /^(xml|application\/(fhir\+xml|xml\+fhir))(;|$)/i;

/**
 * HTTP-01/02: the format the request asked for: XML when `_format` (which wins) or, without it,
 * Accept names FHIR XML alone; JSON otherwise (HTTP-04).
 */
export function askedFormat(exchange: Pick<Exchange, 'request'>): FhirFormat {
  const format = new URL(exchange.request.url).searchParams.get('_format');
  const accept = Object.entries(exchange.request.headers).find(([name]) => name.toLowerCase() === 'accept')?.[1];
  const asked = format ?? accept;
  return asked !== undefined && XML_ASKED.test(asked.trim()) ? 'xml' : 'json';
}

export function expectFhirContentType(exchange: Exchange, format: FhirFormat, obligations: readonly string[], warn: Warn): void {
  const { response } = answered(exchange);
  const contentType = response.headers['content-type'];
  const expected = `application/fhir+${format};charset=utf-8`;
  const pattern = new RegExp(`^application/fhir\\+${format};(\\s?)charset=utf-8$`, 'i');
  const match = contentType === undefined ? null : pattern.exec(contentType.trim());
  if (!match) {
    fail(exchange, { code: 'CONTENT_TYPE', obligations: [...obligations, 'HTTP-07'], reason: `Content-Type is ${contentType === undefined ? 'missing' : `"${contentType}"`}`, expected, actual: contentType ?? null });
  }
  if (match[1] !== '') {
    warn({ code: 'CONTENT_TYPE_SPACE', obligations: ['HTTP-07'], message: `Content-Type "${contentType}" has a space before charset (SHOULD be "${expected}")`, exchangeId: exchange.id });
  }
  if (!response.utf8) {
    fail(exchange, { code: 'BODY_NOT_UTF8', obligations: ['HTTP-07'], reason: 'the body is not valid UTF-8', expected: 'UTF-8', actual: 'bytes that are not UTF-8' });
  }
}

/** HTTP-01/HTTP-04: a 200 whose body is FHIR JSON, labelled as such. */
export function expectFhirJsonResponse(exchange: Exchange, obligations: readonly string[], warn: Warn): void {
  const { response } = answered(exchange);
  if (response.status !== 200) {
    fail(exchange, { code: 'STATUS_MISMATCH', obligations, reason: `the target answered ${response.status}, expected 200 in FHIR JSON`, expected: 200, actual: response.status });
  }
  expectFhirContentType(exchange, 'json', obligations, warn);
  readFhirJson(exchange, obligations);
}
