// Reads a HAR 1.2 file of a consumer's requests (exported by the mock, or captured anywhere: a
// browser, a proxy, the consumer's own logging) into the exchanges the consumer judge reads. A file
// that is not HAR fails with an error naming the field, never with a half-judged recording.
import { Buffer } from 'node:buffer';
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';
import { EXCHANGE_FATES, reachedConsumer, type ExchangeFate } from '../../mocks/domain/judge/exchange-record.ts';
import type { HarProviderFacts } from './har-types.ts';

export class HarFormatError extends Error {
  readonly code = 'HAR_INVALID';
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`HAR_INVALID: ${field} ${problem}`);
    this.name = 'HarFormatError';
    this.field = field;
  }
}

export interface ParsedHar<Exchanges extends Iterable<RecordedExchange> = readonly RecordedExchange[]> {
  readonly exchanges: Exchanges;
  /** The absolute request URLs, in entry order (to infer the provider's base URL). */
  readonly urls: readonly string[];
  /** Present when the HAR was exported by the mock. */
  readonly provider?: HarProviderFacts;
}

/** A HAR read from a file too large to hold: its exchanges are read from the file again on each iteration. */
export type StreamedHar = ParsedHar<Iterable<RecordedExchange>>;

export type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, field: string): Json {
  if (!isObject(value)) throw new HarFormatError(field, 'must be an object');
  return value;
}
function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new HarFormatError(field, 'must be an array');
  return value;
}
function string(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new HarFormatError(field, `must be a string (got ${value === undefined ? 'nothing' : typeof value})`);
  return value;
}
function number(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new HarFormatError(field, 'must be a number');
  return value;
}
const strings = (value: unknown, field: string): string[] => array(value, field).map((item, i) => string(item, `${field}[${i}]`));

/** Header names as recorded; a repeated header (in any case) is joined under its first spelling. */
function headers(value: unknown, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  const spelling = new Map<string, string>();
  array(value, field).forEach((item, i) => {
    const header = object(item, `${field}[${i}]`);
    const given = string(header.name, `${field}[${i}].name`);
    const text = string(header.value, `${field}[${i}].value`);
    // HTTP/2 pseudo-headers (:authority, :path) are not request headers.
    if (given.startsWith(':')) return;
    const name = spelling.get(given.toLowerCase()) ?? given;
    spelling.set(name.toLowerCase(), name);
    out[name] = name in out ? `${out[name]}, ${text}` : text;
  });
  return out;
}

function fateOf(response: Json, field: string): ExchangeFate | undefined {
  if (response._fate === undefined) return undefined;
  const fate = string(response._fate, `${field}._fate`);
  if (!(EXCHANGE_FATES as readonly string[]).includes(fate)) throw new HarFormatError(`${field}._fate`, `must be one of ${EXCHANGE_FATES.join(', ')} (got ${JSON.stringify(fate)})`);
  return fate as ExchangeFate;
}

function truncatedOf(value: unknown, field: string): RecordedExchange['truncated'] {
  if (value === undefined) return undefined;
  const given = object(value, field);
  const sizes = (['requestBodyBytes', 'responseBodyBytes'] as const).filter((key) => given[key] !== undefined);
  return Object.fromEntries(sizes.map((key) => [key, number(given[key], `${field}.${key}`)]));
}

function rawPathOf(url: string, field: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
  if (match === null) throw new HarFormatError(field, `must be an absolute URL (got ${JSON.stringify(url.slice(0, 80))})`);
  const path = match[1];
  return path === '' ? '/' : path.startsWith('?') ? `/${path}` : path;
}

function responseText(content: Json, field: string): string | null {
  if (content.text === undefined) return null;
  const text = string(content.text, `${field}.text`);
  if (content.encoding === 'base64') return Buffer.from(text, 'base64').toString('utf8');
  return text === '' ? null : text;
}

function toExchange(value: unknown, index: number, seq: number): { exchange: RecordedExchange; url: string } {
  const field = `log.entries[${index}]`;
  const entry = object(value, field);
  const started = string(entry.startedDateTime, `${field}.startedDateTime`);
  if (Number.isNaN(Date.parse(started))) throw new HarFormatError(`${field}.startedDateTime`, `must be an ISO 8601 date-time (got ${JSON.stringify(started)})`);
  const request = object(entry.request, `${field}.request`);
  const response = object(entry.response, `${field}.response`);
  const url = string(request.url, `${field}.request.url`);
  const rawPath = rawPathOf(url, `${field}.request.url`);
  const fate = fateOf(response, `${field}.response`);
  // An answer the consumer never received is recorded beside the status-0 response.
  const answer = fate === undefined || reachedConsumer(fate) || response._decided === undefined
    ? response : object(response._decided, `${field}.response._decided`);
  const answerField = answer === response ? `${field}.response` : `${field}.response._decided`;
  const status = number(answer.status, `${answerField}.status`);
  const truncated = truncatedOf(entry._truncated, `${field}._truncated`);
  const postData = request.postData === undefined ? undefined : object(request.postData, `${field}.request.postData`);
  const body = postData?.text === undefined ? null : string(postData.text, `${field}.request.postData.text`);
  const exchange: RecordedExchange = {
    seq,
    receivedAt: started,
    method: string(request.method, `${field}.request.method`).toUpperCase(),
    url: rawPath,
    rawQuery: rawPath.includes('?') ? rawPath.slice(rawPath.indexOf('?') + 1) : '',
    requestHeaders: headers(request.headers, `${field}.request.headers`),
    requestBody: body === '' ? null : body,
    status,
    responseHeaders: headers(answer.headers, `${answerField}.headers`),
    responseBody: responseText(object(answer.content, `${answerField}.content`), `${answerField}.content`),
    durationMs: entry.time === undefined ? 0 : number(entry.time, `${field}.time`),
    ...(fate === undefined ? {} : { fate }),
    ...(truncated === undefined ? {} : { truncated }),
  };
  return { exchange, url };
}

function providerFacts(value: unknown): HarProviderFacts | undefined {
  if (value === undefined) return undefined;
  const field = 'log._bookingAssurance';
  const facts = object(value, field);
  return {
    baseUrl: string(facts.baseUrl, `${field}.baseUrl`),
    providerAsid: string(facts.providerAsid, `${field}.providerAsid`),
    consumers: array(facts.consumers, `${field}.consumers`).map((c, i) => {
      const consumer = object(c, `${field}.consumers[${i}]`);
      return { asid: string(consumer.asid, `${field}.consumers[${i}].asid`), odsCode: string(consumer.odsCode, `${field}.consumers[${i}].odsCode`) };
    }),
    serviceIds: strings(facts.serviceIds, `${field}.serviceIds`),
    acceptedSlotInteractionIds: strings(facts.acceptedSlotInteractionIds, `${field}.acceptedSlotInteractionIds`),
  };
}

const givenSeq = (entry: unknown): number | undefined =>
  (isObject(entry) && Number.isInteger(entry._seq) && (entry._seq as number) > 0 ? (entry._seq as number) : undefined);

interface EntriesRead {
  readonly urls: string[];
  /** Whether every entry has a distinct `_seq` (else entries are numbered 1, 2, …). */
  readonly keepSeqs: boolean;
}

/** Converts every entry (so a bad one fails here, naming its field), handing each exchange to `take`. */
function readEntries(entries: Iterable<unknown>, take: (exchange: RecordedExchange) => void): EntriesRead {
  const urls: string[] = [];
  const seen = new Set<number>();
  let keepSeqs = true;
  for (const entry of entries) {
    const seq = givenSeq(entry);
    keepSeqs &&= seq !== undefined && !seen.has(seq);
    if (seq !== undefined) seen.add(seq);
    const parsed = toExchange(entry, urls.length, seq ?? 0);
    take(parsed.exchange);
    urls.push(parsed.url);
  }
  return { urls, keepSeqs };
}

/** `log`'s members besides the entries, checked (the mock writes `_bookingAssurance` last, after the entries). */
function logFacts(log: Json): { provider?: HarProviderFacts } {
  const version = string(log.version, 'log.version');
  if (!/^1\.\d+$/.test(version)) throw new HarFormatError('log.version', `must be a HAR 1.x version such as "1.2" (got ${JSON.stringify(version)})`);
  string(object(log.creator, 'log.creator').name, 'log.creator.name');
  const provider = providerFacts(log._bookingAssurance);
  return provider ? { provider } : {};
}

/**
 * A HAR's entries, one at a time, and then its `log` members into the judge's exchanges: each entry
 * is converted as it comes, so a streamed file never holds its entries as parsed JSON.
 * `_seq` numbers are kept when every entry has a distinct one; otherwise entries are numbered 1, 2, …
 */
function harFromParts(entries: Iterable<unknown>, logMembers: () => Json): ParsedHar {
  const exchanges: RecordedExchange[] = [];
  const { urls, keepSeqs } = readEntries(entries, (exchange) => exchanges.push(exchange));
  const facts = logFacts(logMembers());
  return { exchanges: keepSeqs ? exchanges : exchanges.map((e, i) => ({ ...e, seq: i + 1 })), urls, ...facts };
}

/**
 * As harFromParts, for entries that can be read more than once (a file) and not held: they are read
 * once through to check them all, then again, one at a time, whenever the exchanges are iterated.
 */
export function streamedHarFromParts(entries: () => Iterable<unknown>, logMembers: () => Json): StreamedHar {
  const { urls, keepSeqs } = readEntries(entries(), () => undefined);
  const facts = logFacts(logMembers());
  const exchanges = {
    *[Symbol.iterator](): Generator<RecordedExchange> {
      let index = 0;
      for (const entry of entries()) {
        yield toExchange(entry, index, keepSeqs ? (givenSeq(entry) ?? 0) : index + 1).exchange;
        index += 1;
      }
    },
  };
  return { exchanges, urls, ...facts };
}

export function parseHar(text: string): ParsedHar {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HarFormatError('(file)', `is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const log = object(object(json, '(root)').log, 'log');
  return harFromParts(array(log.entries, 'log.entries'), () => log);
}
