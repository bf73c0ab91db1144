// A dead target must not hold the run hostage: after a few consecutive connection-level failures
// (the target refuses, resets, never answers, or never finishes an answer) the breaker opens, and
// every further request of the run is refused at once, so the remaining scenarios end inconclusive
// "target unreachable" in milliseconds instead of each waiting out its timeout. One instance per
// run (per worker), held by the run's runtime; never module state.
import type { NetworkFailureKind } from './exchange.ts';

export const DEFAULT_BREAKER_THRESHOLD = 3;

// TLS, protocol and other failures are answers of a kind (the target is there), so they do not count.
const CONNECTION_LEVEL: ReadonlySet<NetworkFailureKind> = new Set<NetworkFailureKind>(['timeout', 'reset', 'refused', 'dns']);

export class CircuitBreaker {
  readonly #threshold: number;
  #consecutive = 0;
  #last = '';

  constructor(threshold: number = DEFAULT_BREAKER_THRESHOLD) {
    if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`a circuit breaker needs a threshold of 1 or more, got ${threshold}`);
    this.#threshold = threshold;
  }

  /** Why no request may be sent any more, once open; undefined while closed. */
  get openReason(): string | undefined {
    if (this.#consecutive < this.#threshold) return undefined;
    return `target unreachable: ${this.#consecutive} consecutive connection-level failures (last: ${this.#last}); the rest of the run is not sent`;
  }

  /** The target answered (any status): the failures so far were not consecutive. Once open, it stays open. */
  recordAnswer(): void {
    if (this.openReason === undefined) this.#consecutive = 0;
  }

  recordFailure(kind: NetworkFailureKind, message: string): void {
    if (this.openReason !== undefined) return;
    if (!CONNECTION_LEVEL.has(kind)) {
      this.#consecutive = 0;
      return;
    }
    this.#consecutive++;
    this.#last = `${kind}, ${message}`;
  }
}
