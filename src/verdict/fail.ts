// Shorthand for throwing a conformance failure about one exchange, so every helper names the
// obligation ids, expected, actual and the exchange in the same way.
import { ConformanceFailure } from './conformance-failure.ts';
import type { WarningRecord } from './verdict.ts';

export interface FailureFacts {
  readonly code: string;
  readonly obligations: readonly string[];
  readonly reason: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

export function fail(exchange: { readonly id: string }, facts: FailureFacts): never {
  throw new ConformanceFailure({ ...facts, exchangeId: exchange.id });
}

/** Where "warn only" checks report (the World attaches them to the scenario). */
export type Warn = (warning: WarningRecord) => void;
