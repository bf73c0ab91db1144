// One recorded HTTP exchange as the consumer judge reads it. The mock's traffic log records exactly
// this shape (RecordedExchange), and so does a parsed HAR; declaring it here keeps the judge free of
// any dependency on the store that happens to produce it.

/**
 * What became of the provider's answer. `pending`: the request reached the provider and no answer is
 * decided yet; `sent`: the answer went out; `dropped-after-commit`: the interaction was committed and
 * the answer dropped (a chaos rule); `connection-reset`: the connection closed before the answer was
 * delivered; `server-error-injected`: a chaos rule answered 500 without running the interaction.
 */
export type ExchangeFate = 'pending' | 'sent' | 'dropped-after-commit' | 'connection-reset' | 'server-error-injected';

export const EXCHANGE_FATES: readonly ExchangeFate[] = ['pending', 'sent', 'dropped-after-commit', 'connection-reset', 'server-error-injected'];

/** Whether the consumer received the answer (a recording without a fate was captured on the consumer's side). */
export const reachedConsumer = (fate: ExchangeFate | undefined): boolean =>
  fate === undefined || fate === 'sent' || fate === 'server-error-injected';

export interface ExchangeRecord {
  readonly seq: number;
  /** When the provider saw the request (its own clock), ISO 8601. */
  readonly receivedAt: string;
  readonly method: string;
  /** The raw path and query as sent (it may carry an SSP-style prefix). */
  readonly url: string;
  /** The query string exactly as sent (SLOT-04 needs the raw encoding). */
  readonly rawQuery: string;
  /** Header names as sent (compare them case-insensitively); repeated headers joined with ", ". */
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string | null;
  /** The status the provider decided; whether the consumer saw it is `fate`'s business. */
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string | null;
  readonly durationMs: number;
  /** Absent: `sent` (e.g. a HAR captured by the consumer, which only holds what arrived). */
  readonly fate?: ExchangeFate;
  /** Bodies cut at the recording's byte budget: their full size in bytes. */
  readonly truncated?: { readonly requestBodyBytes?: number; readonly responseBodyBytes?: number };
}
