// Exports the mock's traffic recording as HAR 1.2, so a consumer team keeps its evidence in a
// standard format and `consumer-assure --replay` judges it exactly as it was judged live: every
// field the judge reads (seq, raw path and query, headers as named, bodies, status, time, the
// answer's fate) survives the trip.
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';
import { Buffer } from 'node:buffer';
import { reachedConsumer, type ExchangeFate } from '../../mocks/domain/judge/exchange-record.ts';
import type { Har, HarContent, HarEntry, HarNameValue, HarProviderFacts } from './har-types.ts';

export const HAR_CREATOR = { name: 'booking-assurance mock provider', version: '0.1.0' } as const;

const headerList = (record: Readonly<Record<string, string>>): HarNameValue[] =>
  Object.entries(record).map(([name, value]) => ({ name, value }));

function queryList(rawQuery: string): HarNameValue[] {
  return [...new URLSearchParams(rawQuery)].map(([name, value]) => ({ name, value }));
}

function mimeTypeOf(headers: Readonly<Record<string, string>>): string {
  const found = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type');
  return found?.[1] ?? '';
}

const FATE_ERRORS: Readonly<Partial<Record<ExchangeFate, string>>> = {
  'pending': 'no answer was decided before the recording was taken',
  'dropped-after-commit': 'the provider committed the interaction and dropped its answer',
  'connection-reset': 'the connection closed before the answer was delivered',
};

const utf8Bytes = (text: string | null): number => (text === null ? 0 : Buffer.byteLength(text, 'utf8'));

function contentOf(exchange: RecordedExchange): HarContent {
  return { size: utf8Bytes(exchange.responseBody), mimeType: mimeTypeOf(exchange.responseHeaders), ...(exchange.responseBody === null ? {} : { text: exchange.responseBody }) };
}

/** What the consumer received; an answer it never received is status 0 with the decided one beside it. */
function responseOf(exchange: RecordedExchange): HarEntry['response'] {
  const common = { statusText: '', httpVersion: 'HTTP/1.1', cookies: [], redirectURL: '', headersSize: -1 } as const;
  const fate = exchange.fate === undefined ? {} : { _fate: exchange.fate };
  if (reachedConsumer(exchange.fate)) {
    // bodySize: the bytes on the wire (compressed when Content-Encoding says so).
    const length = Object.entries(exchange.responseHeaders).find(([name]) => name.toLowerCase() === 'content-length')?.[1];
    const bodySize = length !== undefined && /^\d+$/.test(length) ? Number(length) : utf8Bytes(exchange.responseBody);
    return { ...common, status: exchange.status, headers: headerList(exchange.responseHeaders), content: contentOf(exchange), bodySize, ...fate };
  }
  const decided = exchange.fate === 'pending' ? {} : { _decided: { status: exchange.status, headers: headerList(exchange.responseHeaders), content: contentOf(exchange) } };
  return { ...common, status: 0, headers: [], content: { size: 0, mimeType: '' }, bodySize: -1, ...fate, _error: FATE_ERRORS[exchange.fate ?? 'pending'] ?? '', ...decided };
}

function toEntry(exchange: RecordedExchange, origin: string): HarEntry {
  return {
    startedDateTime: exchange.receivedAt,
    time: exchange.durationMs,
    request: {
      method: exchange.method,
      url: `${origin}${exchange.url}`,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(exchange.requestHeaders),
      queryString: queryList(exchange.rawQuery),
      ...(exchange.requestBody === null ? {} : { postData: { mimeType: mimeTypeOf(exchange.requestHeaders), text: exchange.requestBody } }),
      headersSize: -1,
      bodySize: utf8Bytes(exchange.requestBody),
    },
    response: responseOf(exchange),
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
    _seq: exchange.seq,
    ...(exchange.truncated === undefined ? {} : { _truncated: exchange.truncated }),
  };
}

/** `provider.baseUrl`'s origin prefixes the recorded raw paths (which may carry an SSP-style prefix). */
export function toHar(exchanges: readonly RecordedExchange[], provider: HarProviderFacts): Har {
  const origin = new URL(provider.baseUrl).origin;
  return {
    log: {
      version: '1.2',
      creator: HAR_CREATOR,
      entries: exchanges.map((exchange) => toEntry(exchange, origin)),
      _bookingAssurance: provider,
    },
  };
}
