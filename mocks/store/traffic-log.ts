// Every exchange the mock served, kept for consumer assurance (the verdict on a consumer is
// computed from this recording alone). Bounded, so a long-running mock cannot grow without limit.
export interface RecordedExchange {
  readonly seq: number;
  readonly receivedAt: string;
  readonly method: string;
  readonly url: string;
  /** The query string exactly as sent (SLOT-04 needs the raw encoding). */
  readonly rawQuery: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string | null;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string | null;
  readonly durationMs: number;
}

export class TrafficLog {
  readonly #limit: number;
  #entries: RecordedExchange[] = [];
  #seq = 0;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  record(exchange: Omit<RecordedExchange, 'seq'>): RecordedExchange {
    const entry = { ...exchange, seq: ++this.#seq };
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
    return entry;
  }

  entries(): readonly RecordedExchange[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries = [];
  }
}
