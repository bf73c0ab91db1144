// Turns one Ajv error into a ValidationMessage that names the resource, the path and the rule:
// `Bundle/entry/3/resource/status must be one of free, busy`.
//
// The schemas carry three annotation keywords, read here from the failing schema object (Ajv runs
// with `verbose`, so `parentSchema` is that object):
// - `x-message`: the text to use for a value rule instead of Ajv's generic one;
// - `x-obligation`: the obligation id(s) the rule implements;
// - `x-severity`: `warning` for SHOULD-level rules (default `error`).
//
// Severity decision: an `additionalProperties` failure is an element that STU3 does not define for
// that resource or datatype. A provider must ignore unknown elements (HTTP-16, BOOK-32, CAP-03), so
// it is reported as a warning, never as an error. Every other failure is an error unless its schema
// says `x-severity: warning`. This keeps one pass and one compiled schema per type.

import type { ErrorObject } from 'ajv/dist/2020.js';
import type { ValidationMessage } from './validation-result.ts';

interface Annotations {
  readonly 'x-message'?: string;
  readonly 'x-obligation'?: string;
  readonly 'x-severity'?: 'error' | 'warning';
  readonly title?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;

/** Generic text for a value rule, used when the schema gives no `x-message`. */
function describeValueRule(error: ErrorObject, schema: Annotations): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${String(params.allowedValue)}`;
    case 'minItems':
    case 'maxItems': {
      const limit = params.limit as number;
      if (schema.minItems === schema.maxItems) return `must have exactly ${items(limit)}`;
      if (error.keyword === 'minItems') return limit === 1 ? 'must not be an empty array' : `must have at least ${items(limit)}`;
      return `must have at most ${items(limit)}`;
    }
    case 'minProperties':
      return 'must not be an empty object';
    case 'minLength':
      return 'must not be empty';
    case 'pattern':
      return `must match ${String(params.pattern)}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'minimum':
    case 'maximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** The path and text of the message; the path names the missing or unknown property itself. */
function describe(error: ErrorObject, schema: Annotations, path: string): { path: string; text: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${path}/${String(params.missingProperty)}`, text: 'is required' };
    case 'dependentRequired':
      return { path: `${path}/${String(params.missingProperty)}`, text: `is required when ${String(params.property)} is present` };
    case 'additionalProperties':
      return { path: `${path}/${String(params.additionalProperty)}`, text: `is not an element of ${schema.title ?? 'this element'} in FHIR STU3 (unknown elements are ignored)` };
    case 'type':
      return { path, text: `must be ${article(String(params.type))}` };
    default:
      return { path, text: schema['x-message'] ?? describeValueRule(error, schema) };
  }
}

// Emptiness rules with no obligation of their own come from the FHIR JSON rules (PROF-03).
const EMPTINESS_KEYWORDS = new Set(['minItems', 'minProperties', 'minLength']);

/**
 * Converts an Ajv error (from a validator compiled with `verbose: true`) to a message, or undefined
 * for the failures of individual candidates inside `anyOf` or `contains`: only the summary error
 * of those keywords says something about the data.
 * `root` is the outer resource type and `pointer` the path of the validated value inside it.
 */
export function formatSchemaError(error: ErrorObject, root: string, pointer = ''): ValidationMessage | undefined {
  if (/\/(anyOf|contains)\//.test(error.schemaPath)) return undefined;
  const schema = (typeof error.parentSchema === 'object' && error.parentSchema !== null ? error.parentSchema : {}) as Annotations;
  const severity = error.keyword === 'additionalProperties' ? 'warning' : (schema['x-severity'] ?? 'error');
  const described = describe(error, schema, `${root}${pointer}${error.instancePath}`);
  const { path } = described;
  // A SHOULD-level rule reads as one: "should be present", "should be 3.0.1".
  const text = severity === 'error' || error.keyword === 'additionalProperties' ? described.text
    : described.text === 'is required' ? 'should be present' : described.text.replace(/^must /, 'should ');
  const obligation =
    schema['x-obligation'] ??
    (error.keyword === 'additionalProperties' ? 'HTTP-16' : EMPTINESS_KEYWORDS.has(error.keyword) ? 'PROF-03' : undefined);
  return {
    path,
    rule: error.keyword,
    message: `${path} ${text}`,
    severity,
    source: 'schema',
    ...(obligation ? { obligation } : {}),
  };
}
