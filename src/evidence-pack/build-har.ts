// A HAR 1.2 log of every exchange, rebuilt from the evidence attachments, one HAR "page" per
// scenario attempt, so browser dev tools and HAR viewers can replay the run. JSON bodies were
// parsed when recorded; they are re-serialised compactly (the byte count on the wire is kept in
// `bodySize`). Extra facts use HAR's `_` custom fields.
import type { ExchangeEvidence } from '../client/exchange-attachment.ts';
import type { ScenarioExchange } from '../run-model/scenario-outcome.ts';

type NameValue = { readonly name: string; readonly value: string };

export interface HarLog {
  readonly log: {
    readonly version: '1.2';
    readonly creator: { readonly name: string; readonly version: string };
    readonly pages: readonly { readonly startedDateTime: string; readonly id: string; readonly title: string; readonly pageTimings: Record<string, never> }[];
    readonly entries: readonly Record<string, unknown>[];
    readonly comment: string;
  };
}

function headerList(headers: Readonly<Record<string, string>>): NameValue[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value: String(value) }));
}

function queryOf(url: string): NameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function bodyText(body: unknown): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
}

function header(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

function toEntry(exchange: ExchangeEvidence, pageref: string): Record<string, unknown> {
  const { request, response } = exchange;
  const requestText = bodyText(request.body);
  const responseText = bodyText(response?.body);
  return {
    pageref,
    startedDateTime: exchange.startedAt,
    time: exchange.durationMs,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(request.headers),
      queryString: queryOf(request.url),
      ...(requestText ? { postData: { mimeType: header(request.headers, 'content-type') ?? 'application/octet-stream', text: requestText } } : {}),
      headersSize: -1,
      bodySize: Buffer.byteLength(requestText),
    },
    response: {
      status: response?.status ?? 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(response?.headers ?? {}),
      content: { size: Buffer.byteLength(responseText), mimeType: header(response?.headers ?? {}, 'content-type') ?? '', text: responseText },
      redirectURL: header(response?.headers ?? {}, 'location') ?? '',
      headersSize: -1,
      bodySize: response?.wireBytes ?? -1,
      ...(response?.bodyProblem ? { _bodyProblem: response.bodyProblem } : {}),
      ...(exchange.failure ? { _error: `${exchange.failure.kind}: ${exchange.failure.message}` } : {}),
    },
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
    _exchangeId: exchange.id,
    _purpose: exchange.purpose,
    _label: exchange.label,
    ...(exchange.token ? { _jwt: exchange.token } : {}),
  };
}

export function buildHar(exchanges: readonly ScenarioExchange[], creator: { readonly name: string; readonly version: string }): HarLog {
  const pages = new Map<string, HarLog['log']['pages'][number]>();
  for (const { scenario } of exchanges) {
    if (!pages.has(scenario.id)) pages.set(scenario.id, { startedDateTime: scenario.startedAt, id: scenario.id, title: scenario.name, pageTimings: {} });
  }
  return {
    log: {
      version: '1.2',
      creator,
      pages: [...pages.values()],
      entries: exchanges.map(({ scenario, exchange }) => toEntry(exchange, scenario.id)),
      comment: 'Rebuilt from the assurance run\'s evidence: secrets in headers are redacted, JSON bodies re-serialised, very large bodies cut as recorded.',
    },
  };
}
