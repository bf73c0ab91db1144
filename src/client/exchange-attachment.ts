// The exchange attachment: one recorded HTTP exchange as the report, the evidence pack and the run
// model see it. Written by the client for every request a scenario makes and read back here, beside
// the writer, so the two cannot drift apart. Bodies are cut at a size a browser can show; the full
// body stays in memory for the checks.
import type { AttachmentFile } from '../verdict/verdict-attachment.ts';
import type { Exchange } from './exchange.ts';

export const EXCHANGE_ATTACHMENT_PREFIX = 'exchange-';
export const EVIDENCE_BODY_CHARS = 100_000;

export interface ExchangeEvidence {
  readonly id: string;
  readonly purpose: string;
  readonly label: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly request: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly body?: unknown };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly wireBytes?: number;
    readonly body?: unknown;
    readonly bodyProblem?: unknown;
    readonly utf8?: boolean;
  };
  readonly token?: { readonly header: unknown; readonly claims: unknown };
  readonly failure?: { readonly kind: string; readonly message: string };
}

function cut(text: string): string {
  return text.length > EVIDENCE_BODY_CHARS ? `${text.slice(0, EVIDENCE_BODY_CHARS)}… [${text.length - EVIDENCE_BODY_CHARS} more characters not shown]` : text;
}

function bodyValue(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return cut(text);
  }
}

export function toExchangeEvidence(exchange: Exchange): ExchangeEvidence {
  const { response } = exchange;
  return {
    id: exchange.id,
    purpose: exchange.purpose,
    label: exchange.label,
    startedAt: exchange.startedAt,
    durationMs: exchange.durationMs,
    request: {
      method: exchange.request.method,
      url: exchange.request.url,
      headers: exchange.request.headers,
      ...(exchange.request.body !== undefined ? { body: bodyValue(exchange.request.body) } : {}),
    },
    ...(exchange.token ? { token: exchange.token } : {}),
    ...(response
      ? {
          response: {
            status: response.status,
            headers: response.headers,
            wireBytes: response.wireBytes,
            ...(response.bodyProblem ? { bodyProblem: response.bodyProblem } : {}),
            ...(response.utf8 ? {} : { utf8: false }),
            body: response.bodyText.length > EVIDENCE_BODY_CHARS ? cut(response.bodyText) : bodyValue(response.bodyText),
          },
        }
      : {}),
    ...(exchange.failure ? { failure: exchange.failure } : {}),
  };
}

/** Compact JSON: a searchset of a few hundred slots would double in size pretty-printed. */
export function toExchangeAttachment(exchange: Exchange): AttachmentFile {
  return { body: JSON.stringify(toExchangeEvidence(exchange)), mediaType: 'application/json', fileName: `${EXCHANGE_ATTACHMENT_PREFIX}${exchange.id}.json` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const headersOf = (value: unknown): Readonly<Record<string, string>> => (isObject(value) ? (value as Record<string, string>) : {});

/** The evidence of an exchange attachment (already JSON-parsed), or undefined when it is not one. */
export function readExchangeAttachment(fileName: string, json: unknown): ExchangeEvidence | undefined {
  if (!fileName.startsWith(EXCHANGE_ATTACHMENT_PREFIX) || !isObject(json) || typeof json.id !== 'string' || !isObject(json.request)) return undefined;
  const { request } = json;
  if (typeof request.method !== 'string' || typeof request.url !== 'string') return undefined;
  const response = isObject(json.response) && typeof json.response.status === 'number' ? json.response : undefined;
  return {
    id: json.id,
    purpose: stringOr(json.purpose, 'check'),
    label: stringOr(json.label, ''),
    startedAt: stringOr(json.startedAt, ''),
    durationMs: typeof json.durationMs === 'number' ? json.durationMs : 0,
    request: { method: request.method, url: request.url, headers: headersOf(request.headers), ...('body' in request ? { body: request.body } : {}) },
    ...(response ? { response: { ...response, status: response.status as number, headers: headersOf(response.headers) } } : {}),
    ...(isObject(json.token) ? { token: { header: json.token.header, claims: json.token.claims } } : {}),
    ...(isObject(json.failure) ? { failure: { kind: stringOr(json.failure.kind, 'other'), message: stringOr(json.failure.message, '') } } : {}),
  };
}
