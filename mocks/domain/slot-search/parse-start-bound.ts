// One `start` search value (prefix + FHIR date) as the inclusive range of slot starts it admits.
// SLOT-15: only ge, le, gt, lt and eq are supported; no prefix means eq (FHIR search).
import { parseFhirDate } from './parse-fhir-date.ts';

export type StartPrefix = 'ge' | 'le' | 'gt' | 'lt' | 'eq';

export type StartBound =
  | {
      readonly ok: true;
      readonly prefix: StartPrefix;
      /** Inclusive; -Infinity when the prefix sets no lower bound. */
      readonly fromMs: number;
      /** Inclusive; +Infinity when the prefix sets no upper bound. */
      readonly toMs: number;
      readonly plusDecodedAsSpace: boolean;
    }
  | { readonly ok: false; readonly reason: string };

const PREFIXED = /^([a-z]{2})(.*)$/s;
const SUPPORTED: ReadonlySet<string> = new Set(['ge', 'le', 'gt', 'lt', 'eq']);

export function parseStartBound(value: string): StartBound {
  if (value === '') return { ok: false, reason: 'the value is empty' };
  // A FHIR date always starts with a digit, so two leading letters can only be a prefix.
  const m = PREFIXED.exec(value);
  const prefixText = m ? m[1] : 'eq';
  if (!SUPPORTED.has(prefixText)) return { ok: false, reason: `prefix "${prefixText}" is not supported (use ge, le, gt, lt or eq)` };
  const prefix = prefixText as StartPrefix;
  const range = parseFhirDate(m ? m[2] : value);
  if (!range.ok) return range;
  const { lowMs, highMs, plusDecodedAsSpace } = range;
  // SLOT-17: the value is a range; gt/lt lie outside it, ge/le/eq include all of it.
  switch (prefix) {
    case 'eq': return { ok: true, prefix, fromMs: lowMs, toMs: highMs, plusDecodedAsSpace };
    case 'ge': return { ok: true, prefix, fromMs: lowMs, toMs: Infinity, plusDecodedAsSpace };
    case 'gt': return { ok: true, prefix, fromMs: highMs + 1, toMs: Infinity, plusDecodedAsSpace };
    case 'le': return { ok: true, prefix, fromMs: -Infinity, toMs: highMs, plusDecodedAsSpace };
    case 'lt': return { ok: true, prefix, fromMs: -Infinity, toMs: lowMs - 1, plusDecodedAsSpace };
  }
}
