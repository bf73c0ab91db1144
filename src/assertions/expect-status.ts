// The HTTP status of an answer must be one of the allowed set (a set, because section 3 lets a
// target relax some statuses, e.g. C-04's {400, 401, 403}).
import type { Exchange } from '../client/exchange.ts';
import { answered } from '../fhir/read-fhir-json.ts';
import { fail } from '../verdict/fail.ts';

export function expectStatus(exchange: Exchange, allowed: readonly number[], obligations: readonly string[]): void {
  const { status } = answered(exchange).response;
  if (!allowed.includes(status)) {
    fail(exchange, {
      code: 'STATUS_MISMATCH',
      obligations,
      reason: `the target answered ${status}, expected ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}`,
      expected: allowed,
      actual: status,
    });
  }
}
