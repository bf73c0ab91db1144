// The verdict and warning attachments: what a step records about a non-passing outcome or a
// "warn only" finding, written as JSON and read back here, beside the writer. Provider and consumer
// suites both attach them (through wrapWithVerdicts), so no report ever reads a verdict back out of
// an error message.
import type { Verdict, VerdictRecord, WarningRecord } from './verdict.ts';

export const VERDICT_ATTACHMENT = 'assure-verdict.json';
export const WARNING_ATTACHMENT = 'assure-warning.json';

/** What a step attaches to cucumber: the body and how to read it. */
export interface AttachmentFile {
  readonly body: string;
  readonly mediaType: string;
  readonly fileName: string;
}

export type RecordAttachment =
  | { readonly kind: 'verdict'; readonly record: VerdictRecord }
  | { readonly kind: 'warning'; readonly record: WarningRecord };

export function toVerdictAttachment(record: VerdictRecord): AttachmentFile {
  return { body: JSON.stringify(record, null, 2), mediaType: 'application/json', fileName: VERDICT_ATTACHMENT };
}

export function toWarningAttachment(record: WarningRecord): AttachmentFile {
  return { body: JSON.stringify(record, null, 2), mediaType: 'application/json', fileName: WARNING_ATTACHMENT };
}

const NON_PASSING: readonly Verdict[] = ['fail', 'inconclusive', 'skipped'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function common(json: Record<string, unknown>): WarningRecord {
  const obligations = Array.isArray(json.obligations) ? json.obligations.filter((id): id is string => typeof id === 'string') : [];
  return {
    code: json.code as string,
    message: json.message as string,
    obligations,
    ...(typeof json.exchangeId === 'string' ? { exchangeId: json.exchangeId } : {}),
  };
}

/** The record of a verdict or warning attachment (already JSON-parsed), or undefined when it is not one. */
export function readRecordAttachment(fileName: string, json: unknown): RecordAttachment | undefined {
  if (!isObject(json) || typeof json.code !== 'string' || typeof json.message !== 'string') return undefined;
  if (fileName === WARNING_ATTACHMENT) return { kind: 'warning', record: common(json) };
  if (fileName !== VERDICT_ATTACHMENT || !NON_PASSING.includes(json.verdict as Verdict)) return undefined;
  return {
    kind: 'verdict',
    record: {
      ...common(json),
      verdict: json.verdict as VerdictRecord['verdict'],
      ...('expected' in json ? { expected: json.expected } : {}),
      ...('actual' in json ? { actual: json.actual } : {}),
    },
  };
}
