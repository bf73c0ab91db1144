// "We could not decide": the network failed, a tool was unavailable, or the clocks disagree too
// much for a time-boundary test (JWT-13). Never reported as the supplier's failure.
import type { InconclusiveCode } from './verdict.ts';

export class InconclusiveError extends Error {
  readonly code: InconclusiveCode;
  readonly reason: string;
  readonly obligations: readonly string[];
  readonly exchangeId: string | undefined;

  constructor(code: InconclusiveCode, reason: string, options: { obligations?: readonly string[]; exchangeId?: string } = {}) {
    super(`${code}: ${reason}${options.exchangeId ? ` (exchange ${options.exchangeId})` : ''}`);
    this.name = 'InconclusiveError';
    this.code = code;
    this.reason = reason;
    this.obligations = [...new Set(options.obligations ?? [])];
    this.exchangeId = options.exchangeId;
  }
}
