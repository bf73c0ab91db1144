// Faults in how a provider reads the query string and the format a consumer asks for: a start
// bound misread, an include or parameter refused, `_format` or Accept ignored or misread.
import type { Problem } from '../domain/problem.ts';
import { normaliseInclude } from '../domain/slot-search/normalise-include.ts';
import { INCLUDE_TARGETS } from '../domain/slot-search/slot-query.ts';
import type { FaultBehaviour } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import { rewriteHeaders, rewriteQuery, type QueryPairs } from './rewrite-request.ts';

const INCLUDE_NAMES: ReadonlySet<string> = new Set(['_include', '_include:recurse', '_include:iterate']);
const JSON_FHIR = /application\/fhir[+ ]json/i;

function rewriteStart(request: Request, change: (value: string) => string): Request {
  return rewriteQuery(request, (pairs) => pairs.map(([name, value]): [string, string] => [name, name === 'start' ? change(value) : value]));
}

function refuseParameter(name: string, diagnostics: string): Problem {
  return { code: 'INVALID_PARAMETER', diagnostics, expression: [name] };
}

function queryPairs(request: Request): QueryPairs {
  return [...new URL(request.url).searchParams];
}

function formatParam(request: Request): string | null {
  return new URL(request.url).searchParams.get('_format');
}

export const QUERY_FAULTS = {
  // SLOT-15 broken: `le` read as `lt`.
  'le-exclusive': { request: (request) => rewriteStart(request, (value) => value.replace(/^le/, 'lt')) },
  // SLOT-16 / TIME-03 broken: the wall-clock part is read as UTC, the offset dropped.
  'start-compared-as-string': {
    request: (request) => rewriteStart(request, (value) => value.replace(/^([a-z]{2})?(\d{4}-\d{2}-\d{2}T[\d:.]+)(Z|[+ -]\d{2}:\d{2})$/, '$1$2Z')),
  },
  // SLOT-16 / TIME-03 broken: only UTC is understood.
  'non-utc-offset-refused': {
    refuse: (request, ctx) => {
      const zoned = ctx.interaction === 'slot-search' ? queryPairs(request).find(([name, value]) => name === 'start' && /[+ -]\d{2}:\d{2}$/.test(value) && !/[+ ]00:00$/.test(value)) : undefined;
      return zoned ? refuseParameter('start', `Search parameter start must be written in UTC (Z), got ${zoned[1]}`) : undefined;
    },
  },
  // SLOT-17 broken: a day is read as its first instant.
  'date-precision-ignored': {
    request: (request) => rewriteStart(request, (value) => value.replace(/^([a-z]{2})?(\d{4}-\d{2}-\d{2})$/, '$1$2T00:00:00Z')),
  },
  // SLOT-01 broken.
  'start-required': {
    refuse: (request, ctx) => (ctx.interaction === 'slot-search' && !queryPairs(request).some(([name]) => name === 'start')
      ? refuseParameter('start', 'Search parameter start is required')
      : undefined),
  },
  // SLOT-21 broken: an include outside its list is an error instead of being left out.
  'unknown-include-400': {
    refuse: (request, ctx) => {
      if (ctx.interaction !== 'slot-search') return undefined;
      const unknown = queryPairs(request).find(([name, value]) => INCLUDE_NAMES.has(name) && normaliseInclude(value).length === 0);
      return unknown ? refuseParameter(unknown[0], `Unsupported include ${unknown[1]}`) : undefined;
    },
  },
  // SLOT-24 broken: only the exact canonical include values are understood; the rest are dropped.
  'include-spelling-strict': {
    request: (request) => rewriteQuery(request, (pairs) => pairs.filter(([name, value]) => {
      if (!name.startsWith('_include')) return true;
      return (name === '_include' || name === '_include:iterate') && (INCLUDE_TARGETS as readonly string[]).includes(value);
    })),
  },
  'unknown-param-400': { config: (config) => ({ ...config, unknownParamPolicy: 'reject' }) },
  // HTTP-01 broken: the STU3 media type is unknown to a DSTU2-era provider.
  'dstu2-mime-only': {
    refuse: (request) => {
      const asked = [request.headers.get('accept') ?? '', formatParam(request) ?? ''].find((value) => JSON_FHIR.test(value));
      return asked === undefined ? undefined : { code: 'UNSUPPORTED_FORMAT', diagnostics: `Unsupported format ${asked}; use application/json+fhir` };
    },
  },
  // HTTP-02 broken.
  'format-param-ignored': { request: (request) => rewriteQuery(request, (pairs) => pairs.filter(([name]) => name !== '_format')) },
  // HTTP-04 broken.
  'no-accept-refused': {
    refuse: (request) => ((request.headers.get('accept') ?? '').trim() === '' && formatParam(request) === null
      ? { code: 'UNSUPPORTED_FORMAT', diagnostics: 'Send an Accept header or _format' }
      : undefined),
  },
  // HTTP-05 broken: whatever was asked for, JSON comes back.
  'unsupported-format-200-json': {
    request: (request) => rewriteHeaders(rewriteQuery(request, (pairs) => pairs.filter(([name]) => name !== '_format')), (headers) => headers.delete('accept')),
  },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
