// JWT-13: how far the provider's clock is from ours, from the `Date` header of one exchange. The
// header is truncated to the second and was written some time between sending and receiving, so
// the skew is only known to lie in an interval: its middle is the estimate, its half-width the
// uncertainty (at least 0.5 s). A slow exchange widens it until nothing can be said.

/** Beyond this, time-boundary tests (JWT-11, JWT-12, SLOT-18) may be marked inconclusive. */
export const SKEW_LIMIT_MS = 1_000;

export interface ClockSkewEstimate {
  /** Provider clock minus ours, middle of the interval (positive: the provider is ahead). */
  readonly skewMs: number;
  /** Half the width of the interval the true skew lies in. */
  readonly uncertaintyMs: number;
  /** The provider's `Date` header as received. */
  readonly serverDate: string;
  /** `beyond`: the estimate is over the limit; `unclear`: the uncertainty alone is; `within`: neither. */
  readonly verdict: 'within' | 'beyond' | 'unclear';
}

export interface DatedExchange {
  readonly dateHeader: string | undefined;
  /** Local epoch ms when the request was sent and when the response was complete. */
  readonly sentAtMs: number;
  readonly receivedAtMs: number;
}

/** Undefined when there is no usable `Date` header. */
export function estimateClockSkew(exchange: DatedExchange, limitMs: number = SKEW_LIMIT_MS): ClockSkewEstimate | undefined {
  const dateMs = Date.parse(exchange.dateHeader ?? '');
  if (exchange.dateHeader === undefined || Number.isNaN(dateMs)) return undefined;
  // The provider read its clock at some local instant in [sent, received]; it showed [date, date + 1 s).
  const lowMs = dateMs - exchange.receivedAtMs;
  const highMs = dateMs + 1_000 - exchange.sentAtMs;
  const skewMs = Math.round((lowMs + highMs) / 2);
  const uncertaintyMs = Math.round((highMs - lowMs) / 2);
  const verdict = Math.abs(skewMs) > limitMs ? 'beyond' : uncertaintyMs > limitMs ? 'unclear' : 'within';
  return { skewMs, uncertaintyMs, serverDate: exchange.dateHeader, verdict };
}

/** `+10.0 s (±0.5 s)`: the provider is ahead when positive. */
export function describeSkew(estimate: ClockSkewEstimate): string {
  const sign = estimate.skewMs >= 0 ? '+' : '-';
  return `${sign}${(Math.abs(estimate.skewMs) / 1000).toFixed(1)} s (±${(estimate.uncertaintyMs / 1000).toFixed(1)} s)`;
}
