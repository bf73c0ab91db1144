// Exports the mock's traffic recording as HAR 1.2, so a consumer team keeps its evidence in a
// standard format and `consumer-assure --replay` judges it exactly as it was judged live: every
// field the judge reads (seq, raw path and query, headers, bodies, status, time) survives the trip.
import type { RecordedExchange } from '../../mocks/store/traffic-log.ts';
import type { Har, HarEntry, HarNameValue, HarProviderFacts } from './har-types.ts';

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

function toEntry(exchange: RecordedExchange, origin: string): HarEntry {
  const requestBytes = exchange.requestBody === null ? 0 : new TextEncoder().encode(exchange.requestBody).length;
  const responseBytes = exchange.responseBody === null ? 0 : new TextEncoder().encode(exchange.responseBody).length;
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
      bodySize: requestBytes,
    },
    response: {
      status: exchange.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(exchange.responseHeaders),
      content: { size: responseBytes, mimeType: mimeTypeOf(exchange.responseHeaders), ...(exchange.responseBody === null ? {} : { text: exchange.responseBody }) },
      redirectURL: '',
      headersSize: -1,
      bodySize: responseBytes,
    },
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
    _seq: exchange.seq,
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
