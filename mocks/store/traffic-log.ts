// Every exchange the mock served, kept for consumer assurance (the verdict on a consumer is
// computed from this recording alone). Bounded, so a long-running mock cannot grow without limit.
import type { ExchangeRecord } from '../domain/judge/exchange-record.ts';

/** The judge's view of an exchange is exactly what the log records. */
export type RecordedExchange = ExchangeRecord;

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
