// Sorts one cucumber attachment into what the run model keeps: an HTTP exchange, a verdict or
// warning record, or anything else as text. Each kind is read by the module that writes it; a
// malformed attachment is kept as text rather than breaking the reports.
import type { Attachment } from '@cucumber/messages';
import { readExchangeAttachment, type ExchangeEvidence } from '../client/exchange-attachment.ts';
import { readRecordAttachment, type RecordAttachment } from '../verdict/verdict-attachment.ts';
import type { OtherAttachment } from './scenario-outcome.ts';

export type ReadAttachment =
  | { readonly kind: 'exchange'; readonly exchange: ExchangeEvidence }
  | RecordAttachment
  | { readonly kind: 'other'; readonly attachment: OtherAttachment };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readAttachment(attachment: Pick<Attachment, 'body' | 'contentEncoding' | 'mediaType' | 'fileName'>): ReadAttachment {
  const fileName = attachment.fileName ?? '';
  const isBase64 = attachment.contentEncoding === 'BASE64';
  const isText = attachment.mediaType.startsWith('text/') || attachment.mediaType.includes('json');
  if (!isText) {
    const bytes = isBase64 ? Buffer.byteLength(attachment.body, 'base64') : attachment.body.length;
    return { kind: 'other', attachment: { fileName, mediaType: attachment.mediaType, text: `[${bytes} bytes of ${attachment.mediaType}; see the cucumber report]` } };
  }
  const text = isBase64 ? Buffer.from(attachment.body, 'base64').toString('utf8') : attachment.body;
  const json = attachment.mediaType.includes('json') ? parseJson(text) : undefined;
  const exchange = readExchangeAttachment(fileName, json);
  if (exchange) return { kind: 'exchange', exchange };
  return readRecordAttachment(fileName, json) ?? { kind: 'other', attachment: { fileName, mediaType: attachment.mediaType, text } };
}
