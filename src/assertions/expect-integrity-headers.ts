// XTI-03: every response carries the provider's own X-Request-ID; XTI-04: the request's
// X-Request-ID comes back as X-Correlation-ID.
import type { Exchange } from '../client/exchange.ts';
import { fail } from '../verdict/fail.ts';
import { answered } from '../fhir/read-fhir-json.ts';

export function expectIntegrityHeaders(exchange: Exchange): void {
  const { request, response } = answered(exchange);
  const sent = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'x-request-id')?.[1];
  const own = response.headers['x-request-id'];
  if (own === undefined || own.trim() === '') {
    fail(exchange, { code: 'NO_REQUEST_ID', obligations: ['XTI-03'], reason: 'the response carries no X-Request-ID of the provider', expected: 'X-Request-ID', actual: null });
  }
  if (response.headers['x-correlation-id'] !== sent) {
    fail(exchange, { code: 'CORRELATION_ID', obligations: ['XTI-04'], reason: "X-Correlation-ID does not echo the request's X-Request-ID", expected: sent ?? null, actual: response.headers['x-correlation-id'] ?? null });
  }
}
