// Sorts one cucumber attachment into what the report shows: an HTTP exchange (the suite's
// `exchange-<id>.json`), a verdict or warning record, or anything else as text. Shapes are checked,
// not trusted: a malformed attachment is shown as text rather than breaking the report.
import { NOT_EXERCISED_ATTACHMENT } from '../consumer/expect-consumer-obligation.ts';
import { EXCHANGE_ATTACHMENT_PREFIX, VERDICT_ATTACHMENT, WARNING_ATTACHMENT } from '../verdict/verdict.ts';
import type { Attachment } from '../assurance-report/cucumber-envelope.ts';
import type { ExchangeEvidence, OtherAttachment, RecordEvidence } from '../assurance-report/report-model.ts';

export type ReadAttachment =
  | { readonly kind: 'exchange'; readonly exchange: ExchangeEvidence }
  | { readonly kind: 'verdict'; readonly record: RecordEvidence }
  | { readonly kind: 'warning'; readonly record: RecordEvidence }
  | { readonly kind: 'other'; readonly attachment: OtherAttachment };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Json = Record<string, unknown>;

function isExchange(value: unknown): value is Json & { exchange: string; request: Json & { method: string; url: string } } {
  if (!isObject(value) || typeof value.exchange !== 'string' || !isObject(value.request)) return false;
  return typeof value.request.method === 'string' && typeof value.request.url === 'string';
}

function isRecord(value: unknown): value is RecordEvidence {
  return isObject(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function toExchange(raw: Json & { exchange: string; request: Json & { method: string; url: string } }): ExchangeEvidence {
  const response = isObject(raw.response) && typeof raw.response.status === 'number' ? raw.response : undefined;
  return {
    id: raw.exchange,
    purpose: stringOr(raw.purpose, 'check'),
    label: stringOr(raw.label, ''),
    startedAt: stringOr(raw.startedAt, ''),
    durationMs: typeof raw.durationMs === 'number' ? raw.durationMs : 0,
    request: { method: raw.request.method, url: raw.request.url, headers: isObject(raw.request.headers) ? (raw.request.headers as Record<string, string>) : {}, ...('body' in raw.request ? { body: raw.request.body } : {}) },
    ...(response ? { response: { ...response, status: response.status as number, headers: isObject(response.headers) ? (response.headers as Record<string, string>) : {} } } : {}),
    ...(isObject(raw.token) ? { token: { header: raw.token.header, claims: raw.token.claims } } : {}),
    ...(isObject(raw.failure) ? { failure: { kind: stringOr(raw.failure.kind, 'other'), message: stringOr(raw.failure.message, '') } } : {}),
  };
}

function toRecord(value: RecordEvidence): RecordEvidence {
  return { ...value, obligations: Array.isArray(value.obligations) ? value.obligations.filter((id) => typeof id === 'string') : [] };
}

function decodeBody(attachment: Attachment): string {
  return attachment.contentEncoding === 'BASE64' ? Buffer.from(attachment.body, 'base64').toString('utf8') : attachment.body;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readAttachment(attachment: Attachment): ReadAttachment {
  const fileName = attachment.fileName ?? '';
  const isText = attachment.mediaType.startsWith('text/') || attachment.mediaType.includes('json');
  if (!isText) {
    const bytes = attachment.contentEncoding === 'BASE64' ? Buffer.byteLength(attachment.body, 'base64') : attachment.body.length;
    return { kind: 'other', attachment: { fileName, mediaType: attachment.mediaType, text: `[${bytes} bytes of ${attachment.mediaType}; see the cucumber report]` } };
  }
  const text = decodeBody(attachment);
  const json = attachment.mediaType.includes('json') ? parseJson(text) : undefined;
  if (fileName.startsWith(EXCHANGE_ATTACHMENT_PREFIX) && isExchange(json)) return { kind: 'exchange', exchange: toExchange(json) };
  if (fileName === VERDICT_ATTACHMENT && isRecord(json)) return { kind: 'verdict', record: toRecord(json) };
  if (fileName === WARNING_ATTACHMENT && isRecord(json)) return { kind: 'warning', record: toRecord(json) };
  // The consumer suite skips an obligation the recorded traffic never exercised, with the reason as text.
  if (fileName === NOT_EXERCISED_ATTACHMENT) return { kind: 'verdict', record: { verdict: 'skipped', code: 'SKIPPED_NOT_EXERCISED', message: text.trim(), obligations: [] } };
  return { kind: 'other', attachment: { fileName, mediaType: attachment.mediaType, text } };
}
