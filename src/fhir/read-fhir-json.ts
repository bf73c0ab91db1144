// Reads the body of a response a check depends on, as FHIR JSON: a FHIR XML answer (by its
// Content-Type) is converted first, so every check judges it like JSON. A body that is too large,
// cannot be decompressed, is empty, or is not FHIR (an HTML error page, say) fails the obligations
// of the check that needed it: the target is responsible for answering in FHIR.
import type { AnsweredExchange, Exchange } from '../client/exchange.ts';
import { parseFhirBody } from '../fhir/parse-fhir-body.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { fail } from '../verdict/fail.ts';

export function answered(exchange: Exchange): AnsweredExchange {
  if (!exchange.response) throw new HarnessDefect('HARNESS_NO_EXCHANGE', `exchange ${exchange.id} has no response to assert on`);
  return exchange as AnsweredExchange;
}

function describeBody(text: string): string {
  const start = text.trimStart().slice(0, 120);
  return /^<(!doctype|html|\?xml|[a-z])/i.test(start) ? `markup, not JSON: ${start}` : start;
}

export function readFhirJson(exchange: Exchange, obligations: readonly string[]): unknown {
  const { response } = answered(exchange);
  const problem = response.bodyProblem;
  if (problem?.kind === 'too-large') {
    fail(exchange, { code: 'BODY_TOO_LARGE', obligations, reason: `response body exceeds ${problem.limitBytes} bytes`, expected: `at most ${problem.limitBytes} bytes`, actual: `more than ${problem.limitBytes} bytes` });
  }
  if (problem?.kind === 'undecodable') {
    fail(exchange, { code: 'BODY_UNDECODABLE', obligations: [...obligations, 'HTTP-08'], reason: `the ${problem.encoding} body cannot be decoded (${problem.message})`, expected: `a valid ${problem.encoding} stream`, actual: problem.message });
  }
  if (response.bodyText.trim() === '') {
    fail(exchange, { code: 'BODY_EMPTY', obligations, reason: `the ${response.status} response has no body`, expected: 'a FHIR JSON resource', actual: 'an empty body' });
  }
  const parsed = parseFhirBody(response.bodyText, response.headers['content-type']);
  if (parsed.ok) return parsed.value;
  return parsed.format === 'xml'
    ? fail(exchange, { code: 'BODY_NOT_FHIR_XML', obligations, reason: parsed.reason, expected: 'a FHIR XML resource', actual: response.bodyText.trimStart().slice(0, 120) })
    : fail(exchange, { code: 'BODY_NOT_JSON', obligations, reason: parsed.reason, expected: 'a FHIR JSON resource', actual: describeBody(response.bodyText) });
}

export type FhirResource = { readonly resourceType: string; readonly id?: unknown } & Readonly<Record<string, unknown>>;

export function isResource(value: unknown): value is FhirResource {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { resourceType?: unknown }).resourceType === 'string';
}

/** The body as a resource of `resourceType`, or a failure of `obligations`. */
export function readResource(exchange: Exchange, resourceType: string, obligations: readonly string[]): FhirResource {
  const body = readFhirJson(exchange, obligations);
  if (!isResource(body) || body.resourceType !== resourceType) {
    fail(exchange, { code: 'WRONG_RESOURCE_TYPE', obligations, reason: `the body is not a ${resourceType}`, expected: `resourceType ${resourceType}`, actual: isResource(body) ? `resourceType ${body.resourceType}` : typeof body });
  }
  return body as FhirResource;
}
