// Transport rules every response obeys: `Cache-Control: no-store` (HTTP-10, errors included), a
// gzip-encoded body when gzip was accepted (HTTP-08), and HSTS over TLS (HTTP-13).
import type { Exchange } from '../client/exchange.ts';
import { fail } from '../verdict/fail.ts';
import { answered } from '../fhir/read-fhir-json.ts';

export function expectNoStore(exchange: Exchange): void {
  const header = answered(exchange).response.headers['cache-control'];
  const directives = (header ?? '').split(',').map((d) => d.trim().toLowerCase());
  if (!directives.includes('no-store')) {
    fail(exchange, { code: 'CACHE_CONTROL', obligations: ['HTTP-10'], reason: `the ${exchange.response?.status} response is cacheable`, expected: 'Cache-Control: no-store', actual: header ?? null });
  }
}

export function expectGzipEncoded(exchange: Exchange): void {
  const { response } = answered(exchange);
  const encoding = response.headers['content-encoding'];
  if (encoding?.trim().toLowerCase() !== 'gzip' || response.bodyProblem !== undefined || response.bodyText === '') {
    fail(exchange, { code: 'NOT_GZIPPED', obligations: ['HTTP-08'], reason: 'a request with Accept-Encoding: gzip was not answered with a gzip body', expected: 'Content-Encoding: gzip and a decodable body', actual: { contentEncoding: encoding ?? null, bodyProblem: response.bodyProblem ?? null } });
  }
}

/** HTTP-13: a provider served over TLS sends HSTS. */
export function expectHsts(exchange: Exchange): void {
  const header = answered(exchange).response.headers['strict-transport-security'];
  if (header === undefined || !/max-age=\d+/i.test(header)) {
    fail(exchange, { code: 'NO_HSTS', obligations: ['HTTP-13'], reason: 'the HTTPS response carries no Strict-Transport-Security with a max-age', expected: 'Strict-Transport-Security: max-age=…', actual: header ?? null });
  }
}
