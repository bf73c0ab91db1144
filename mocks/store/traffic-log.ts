// Every request that reached the mock, kept for consumer assurance (the verdict on a consumer is
// computed from this recording alone). A request is recorded when it arrives, before its answer is
// decided, and settled with the answer and its fate (sent, dropped after commit, connection reset,
// server error injected). Bounded by a byte budget: each body is cut past `maxBodyBytes` (its full
// size noted), and the oldest exchanges are evicted first past `maxEntries` or `maxTotalBytes`.
import { Buffer } from 'node:buffer';
import type { ExchangeFate, ExchangeRecord } from '../domain/judge/exchange-record.ts';

/** The judge's view of an exchange is exactly what the log records. */
export type RecordedExchange = ExchangeRecord;

export interface TrafficBudget {
  /** At most this many exchanges are kept. */
  readonly maxEntries: number;
  /** Each request and response body is kept up to this many UTF-8 bytes. */
  readonly maxBodyBytes: number;
  /** The kept exchanges together stay within this many bytes (bodies, URL and headers). */
  readonly maxTotalBytes: number;
}

export const DEFAULT_TRAFFIC_BUDGET: TrafficBudget = { maxEntries: 10_000, maxBodyBytes: 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };

/** What is known of a request when it arrives. */
export type ReceivedRequest = Pick<RecordedExchange, 'receivedAt' | 'method' | 'url' | 'rawQuery' | 'requestHeaders' | 'requestBody'>;

/** The provider's answer and what became of it. */
export type SettledAnswer = Pick<RecordedExchange, 'status' | 'responseHeaders' | 'responseBody' | 'durationMs'> & {
  readonly fate: Exclude<ExchangeFate, 'pending'>;
};

/** Fixed cost counted per exchange besides its strings. */
const ENTRY_OVERHEAD_BYTES = 256;

const headerBytes = (headers: Readonly<Record<string, string>>): number =>
  Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);

/** The body within the budget, and its full size when it had to be cut. */
function cutBody(body: string | null, maxBytes: number): { text: string | null; bytes: number; cutFrom?: number } {
  if (body === null) return { text: null, bytes: 0 };
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short bodies need no exact count.
  if (body.length * 3 <= maxBytes) return { text: body, bytes: body.length };
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes <= maxBytes) return { text: body, bytes };
  return { text: Buffer.from(body, 'utf8').subarray(0, maxBytes).toString('utf8'), bytes: maxBytes, cutFrom: bytes };
}

/** Admin reads (state, traffic dumps, explain) are never recorded: a dump must not grow on itself. */
export function isRecordedRequest(method: string, rawPath: string): boolean {
  const read = method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD';
  return !(read && /^\/_admin(\/|$)/.test(rawPath.split('?')[0]));
}

export class TrafficLog {
  readonly budget: TrafficBudget;
  /** Kept exchanges in seq order from #head; seqs are consecutive from #firstSeq. */
  #entries: (RecordedExchange | undefined)[] = [];
  #sizes: number[] = [];
  #head = 0;
  #firstSeq = 1;
  #seq = 0;
  #bytes = 0;
  readonly #fates = new WeakMap<Response, { readonly fate: SettledAnswer['fate']; readonly decided: Response }>();
  /** In-process, a dropped answer produces no response event: it is found by its request. */
  readonly #droppedFor = new WeakMap<Request, Response>();

  constructor(budget: Partial<TrafficBudget> = {}) {
    this.budget = { ...DEFAULT_TRAFFIC_BUDGET, ...budget };
  }

  /** Records an arriving request (fate `pending`, status 0); returns its seq for `settle`. */
  begin(request: ReceivedRequest): number {
    const body = cutBody(request.requestBody, this.budget.maxBodyBytes);
    const entry: RecordedExchange = {
      ...request,
      seq: ++this.#seq,
      requestBody: body.text,
      status: 0,
      responseHeaders: {},
      responseBody: null,
      durationMs: 0,
      fate: 'pending',
      ...(body.cutFrom === undefined ? {} : { truncated: { requestBodyBytes: body.cutFrom } }),
    };
    this.#entries.push(entry);
    this.#sizes.push(0);
    this.#resize(this.#entries.length - 1, ENTRY_OVERHEAD_BYTES + request.url.length + headerBytes(request.requestHeaders) + body.bytes);
    this.#evict();
    return entry.seq;
  }

  /** Completes the exchange `seq` with its answer; a no-op when it was evicted or cleared meanwhile. */
  settle(seq: number, answer: SettledAnswer): void {
    const at = this.#indexOf(seq);
    const pending = at === undefined ? undefined : this.#entries[at];
    if (at === undefined || pending === undefined) return;
    const body = cutBody(answer.responseBody, this.budget.maxBodyBytes);
    const truncated = { ...pending.truncated, ...(body.cutFrom === undefined ? {} : { responseBodyBytes: body.cutFrom }) };
    const entry: RecordedExchange = {
      ...pending,
      ...answer,
      responseBody: body.text,
      ...(Object.keys(truncated).length === 0 ? {} : { truncated }),
    };
    this.#entries[at] = entry;
    this.#resize(at, this.#sizes[at] + headerBytes(answer.responseHeaders) + body.bytes);
    this.#evict();
  }

  /** A whole exchange at once (begin, then settle). */
  record(exchange: Omit<RecordedExchange, 'seq'>): RecordedExchange {
    const { status, responseHeaders, responseBody, durationMs, fate, truncated: _truncated, ...request } = exchange;
    const seq = this.begin(request);
    this.settle(seq, { status, responseHeaders, responseBody, durationMs, fate: fate === undefined || fate === 'pending' ? 'sent' : fate });
    return this.#entries[this.#indexOf(seq) ?? -1] ?? { ...exchange, seq };
  }

  entries(): readonly RecordedExchange[] {
    return this.#entries.slice(this.#head) as RecordedExchange[];
  }

  /** How much of the budget is in use. */
  usage(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.#entries.length - this.#head, bytes: this.#bytes };
  }

  clear(): void {
    this.#entries = [];
    this.#sizes = [];
    this.#head = 0;
    this.#bytes = 0;
    this.#firstSeq = this.#seq + 1;
  }

  /** Marks a response the consumer will not receive as decided: `dropped` stands in for `decided` (the answer to `request`). */
  markDropped(dropped: Response, decided: Response, request: Request): Response {
    this.#fates.set(dropped, { fate: 'dropped-after-commit', decided });
    this.#droppedFor.set(request, decided);
    return dropped;
  }

  /** The decided answer a chaos rule dropped for this request, if one did. */
  droppedAnswerFor(request: Request): Response | undefined {
    return this.#droppedFor.get(request);
  }

  markServerErrorInjected(response: Response): Response {
    this.#fates.set(response, { fate: 'server-error-injected', decided: response });
    return response;
  }

  /** The answer the provider decided for this response, and its fate unless the wire changes it. */
  answerOf(response: Response): { readonly fate: SettledAnswer['fate']; readonly decided: Response } {
    return this.#fates.get(response) ?? { fate: 'sent', decided: response };
  }

  #indexOf(seq: number): number | undefined {
    const at = this.#head + (seq - this.#firstSeq);
    return seq < this.#firstSeq || at >= this.#entries.length ? undefined : at;
  }

  #resize(at: number, bytes: number): void {
    this.#bytes += bytes - this.#sizes[at];
    this.#sizes[at] = bytes;
  }

  #evict(): void {
    const { maxEntries, maxTotalBytes } = this.budget;
    // The newest exchange is always kept, whatever its size.
    while (this.#entries.length - this.#head > 1 && (this.#entries.length - this.#head > maxEntries || this.#bytes > maxTotalBytes)) {
      this.#bytes -= this.#sizes[this.#head];
      this.#entries[this.#head] = undefined;
      this.#head += 1;
      this.#firstSeq += 1;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#entries.length) {
      this.#entries = this.#entries.slice(this.#head);
      this.#sizes = this.#sizes.slice(this.#head);
      this.#head = 0;
    }
  }
}
