// JWT-22 (C-04): every token failure is refused with 403 (or the target's lenient set) and an
// OperationOutcome; in RFC 6750 mode the refusal also names the error in WWW-Authenticate.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { fail, type Warn } from '../verdict/fail.ts';

export function expectAuthRefusal(exchange: Exchange, obligations: readonly string[], policy: ConformancePolicy, warn: Warn): void {
  expectOperationOutcome(exchange, { statuses: policy.auth.failureStatuses, obligations: [...new Set([...obligations, 'JWT-22'])] }, policy, warn);
  const header = exchange.response?.headers['www-authenticate'];
  if (policy.auth.rfc6750Mode && (header === undefined || !/^Bearer\s+.*error="[^"]+"/i.test(header))) {
    fail(exchange, { code: 'WWW_AUTHENTICATE_MISSING', obligations: ['JWT-22'], reason: 'RFC 6750 mode expects WWW-Authenticate: Bearer error="…"', expected: 'Bearer error="…"', actual: header ?? null });
  }
}
