// The exchanges of one scenario, and which of them a step has asserted on. The After hook asks for
// the unasserted ones: a request nobody checked is a scenario that proves nothing (like
// cucumber-js's own verifiedLastRunError).
import { randomBytes } from 'node:crypto';
import type { Exchange } from './exchange.ts';

export class EvidenceLog {
  readonly #prefix = randomBytes(3).toString('hex');
  readonly #exchanges: Exchange[] = [];
  readonly #asserted = new Set<string>();

  /** A run-unique exchange id, e.g. `x3f9a1c-2`. */
  nextId(): string {
    return `x${this.#prefix}-${this.#exchanges.length + 1}`;
  }

  add(exchange: Exchange): void {
    this.#exchanges.push(exchange);
  }

  all(): readonly Exchange[] {
    return this.#exchanges;
  }

  /** The latest check exchange (setup traffic is never what a step asserts on). */
  lastCheck(): Exchange | undefined {
    return this.#exchanges.findLast((exchange) => exchange.purpose === 'check');
  }

  markAsserted(exchange: Exchange): void {
    this.#asserted.add(exchange.id);
  }

  /** Check exchanges that got a response but no assertion. */
  unasserted(): readonly Exchange[] {
    return this.#exchanges.filter((x) => x.purpose === 'check' && x.response !== undefined && !this.#asserted.has(x.id));
  }
}
