// One recorded HTTP exchange as the consumer judge reads it. The mock's traffic log records exactly
// this shape (RecordedExchange), and so does a parsed HAR; declaring it here keeps the judge free of
// any dependency on the store that happens to produce it.
export interface ExchangeRecord {
  readonly seq: number;
  /** When the provider saw the request (its own clock), ISO 8601. */
  readonly receivedAt: string;
  readonly method: string;
  /** The raw path and query as sent (it may carry an SSP-style prefix). */
  readonly url: string;
  /** The query string exactly as sent (SLOT-04 needs the raw encoding). */
  readonly rawQuery: string;
  /** Header names in lower case. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string | null;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string | null;
  readonly durationMs: number;
}
