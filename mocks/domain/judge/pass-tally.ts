// The passing checks each request earns on its own (a token claim present, a header right, a body
// element as required) are many and alike: ~20 per request. A long recording keeps them as counts per
// obligation, session and interaction with the exchanges by seq, never as one finding object each;
// deviations are always kept whole (they are what the reports name).
import type { Interaction } from '../../../spec/interactions.ts';
import type { ObligationId } from './finding.ts';
import type { JudgedFinding } from './judged-finding.ts';

export interface PassCount {
  readonly obligation: ObligationId;
  readonly session: string;
  readonly interaction?: Interaction;
  /** One entry per passing check: the exchange it was made on (in the order judged). */
  readonly seqs: readonly number[];
}

/** Collects passing findings as counts per obligation, session and interaction. */
export class PassTally {
  readonly #byKey = new Map<string, PassCount & { readonly seqs: number[] }>();

  add(f: JudgedFinding): void {
    const key = `${f.obligation}\u0000${f.session}\u0000${f.interaction ?? ''}`;
    const entry = this.#byKey.get(key);
    if (entry === undefined) {
      this.#byKey.set(key, { obligation: f.obligation, session: f.session, ...(f.interaction === undefined ? {} : { interaction: f.interaction }), seqs: [f.seqs[0]] });
    } else {
      entry.seqs.push(f.seqs[0]);
    }
  }

  /** The counts by the first exchange they rest on, each with its exchanges in recording order. */
  counts(): PassCount[] {
    const entries = [...this.#byKey.values()];
    for (const entry of entries) entry.seqs.sort((a, b) => a - b);
    return entries.sort((a, b) => a.seqs[0] - b.seqs[0]);
  }
}
