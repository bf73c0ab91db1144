// The input contract of the assurance report besides the cucumber messages: the obligations index
// (generated from the obligations catalogue), what the coverage data says about untested
// obligations, and the context of the run as the CLI knows it (target already redacted).

/** One row of the obligations catalogue. */
export interface ObligationEntry {
  /** `SLOT-07`: the tag scenarios carry. */
  readonly id: string;
  /** `Provider`, `Consumer` or `Both`. */
  readonly actor: string;
  /** As written in the catalogue: `MUST`, `SHOULD [contested]`, `MUST NOT`, `SHOULD / MAY`… */
  readonly level: string;
  /** The obligation, in the catalogue's words. */
  readonly title: string;
  /** The catalogue section, e.g. `Slot search`; names areas the built-in list does not know. */
  readonly area?: string;
  /** The catalogue section as the obligations index writes it (`2.2 Slot search (GET [base]/Slot?…)`). */
  readonly section?: string;
  /** NHS assurance (SCAL) ids from the provider (P1…P42) and consumer (C1…C31) test scripts. */
  readonly scal?: readonly string[];
  /** The catalogue's Source column; SCAL ids are read from it when `scal` is absent. */
  readonly source?: string;
}

export interface ObligationsIndex {
  readonly obligations: readonly ObligationEntry[];
}

/**
 * Why an obligation has no scenario in this suite (e.g. "witness evidence only"): a map of reasons
 * by id, or the coverage file's rows (`obligations[].untestedReason`) — either is enough.
 */
export interface CoverageInput {
  readonly untested?: Readonly<Record<string, string>>;
  readonly obligations?: readonly { readonly id: string; readonly untestedReason?: string }[];
}

export interface RunClock {
  /** Where "now" came from, in a reader's words: "system clock (UTC)", "mock clock frozen at …". */
  readonly source: string;
  /** Harness clock minus the target's `Date` header, when it was measured. */
  readonly targetSkewMs?: number;
}

export interface RunContext {
  /** `provider` or `consumer`: names the report and the actors whose obligations are in scope. */
  readonly suite: 'provider' | 'consumer';
  readonly target: {
    readonly name: string;
    readonly baseUrl?: string;
    /** The target configuration exactly as it may be shown: the caller redacts it (redactTarget). */
    readonly config?: unknown;
  };
  /** Tool and specification versions, e.g. `{ 'booking-assurance': '0.1.0', 'NHS Booking API': '2.0.4-live' }`. */
  readonly versions: Readonly<Record<string, string>>;
  readonly clock: RunClock;
  /** The command line that produced the run, for reproduction. */
  readonly command?: string;
  /** Sibling report files, relative to the assurance report (`cucumber.html`, `junit.xml`). */
  readonly siblingReports?: readonly string[];
}
