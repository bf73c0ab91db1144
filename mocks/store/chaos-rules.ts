// Optional, off by default: make the mock slow or flaky for given interactions, so consumers can
// test their retries (XTI-02) and their handling of server errors. "drop" commits the interaction and
// then drops the response, the way a lost 201 looks to a consumer; "serverError" answers 500 and
// commits nothing.
import type { Interaction } from '../../spec/interactions.ts';
import { INTERACTIONS } from '../../spec/interactions.ts';

export interface ChaosRule {
  readonly interaction: Interaction;
  readonly delayMs: number;
  readonly dropAfterCommit: boolean;
  /** Answer 500 + OperationOutcome without running the interaction (SLOT-37, ERR-07: consumers may retry a 500). */
  readonly serverError: boolean;
  /** How many matching requests the rule still applies to; Infinity for every one. */
  remaining: number;
}

export type ChaosEffect = { readonly delayMs: number; readonly drop: boolean; readonly serverError: boolean };

export const MAX_CHAOS_DELAY_MS = 60_000;

export class ChaosRules {
  #rules: ChaosRule[] = [];

  /** Validates and adds a rule; returns a message naming the bad field, or undefined. */
  add(input: Record<string, unknown>): string | undefined {
    const interaction = input.interaction;
    if (typeof interaction !== 'string' || !(INTERACTIONS as readonly string[]).includes(interaction)) {
      return `interaction must be one of ${INTERACTIONS.join(', ')}`;
    }
    const delayMs = input.delayMs ?? 0;
    if (typeof delayMs !== 'number' || !Number.isInteger(delayMs) || delayMs < 0 || delayMs > MAX_CHAOS_DELAY_MS) return `delayMs must be an integer from 0 to ${MAX_CHAOS_DELAY_MS}`;
    const drop = input.dropAfterCommit ?? false;
    if (typeof drop !== 'boolean') return 'dropAfterCommit must be a boolean';
    const serverError = input.serverError ?? false;
    if (typeof serverError !== 'boolean') return 'serverError must be a boolean';
    if (serverError && drop) return 'serverError and dropAfterCommit exclude each other: a 500 commits nothing';
    const times = input.times ?? Number.POSITIVE_INFINITY;
    if (typeof times !== 'number' || !(times >= 1)) return 'times must be a number of at least 1';
    this.#rules.push({ interaction: interaction as Interaction, delayMs, dropAfterCommit: drop, serverError, remaining: times });
    return undefined;
  }

  /** The effect for one request of this interaction, consuming one use of the first matching rule. */
  take(interaction: Interaction): ChaosEffect | undefined {
    const rule = this.#rules.find((r) => r.interaction === interaction && r.remaining > 0);
    if (!rule) return undefined;
    rule.remaining -= 1;
    return { delayMs: rule.delayMs, drop: rule.dropAfterCommit, serverError: rule.serverError };
  }

  list(): readonly ChaosRule[] {
    return this.#rules.filter((r) => r.remaining > 0);
  }

  clear(): void {
    this.#rules = [];
  }
}
