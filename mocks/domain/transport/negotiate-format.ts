// Which format to answer in (HTTP-02..05): `_format` first, then Accept, then the request's
// Content-Type, else JSON. The formats served come from the provider (JSON always, XML when on);
// anything else is refused with `unsupportedAcceptStatus` (C-10).
import type { Problem } from '../problem.ts';
import { JSON_MEDIA_TYPES, FHIR_XML_MEDIA_TYPES, XML_MEDIA_TYPES, hasUtf8Charset, parseMediaType, quoteHeader } from './parse-media-type.ts';
import type { MediaType } from './parse-media-type.ts';

export type FhirFormat = 'json' | 'xml';

export interface FormatRequest {
  readonly accept: string | null;
  /** The `_format` query parameter, already URL-decoded. */
  readonly format: string | null;
  readonly contentType: string | null;
  readonly method: string;
  /** The formats this provider serves; JSON is always one (HTTP-01). */
  readonly served: readonly FhirFormat[];
}

export type NegotiatedFormat = { readonly ok: true; readonly format: FhirFormat } | { readonly ok: false; readonly problem: Problem };

const JSON_FORMAT: NegotiatedFormat = { ok: true, format: 'json' };
const XML_FORMAT: NegotiatedFormat = { ok: true, format: 'xml' };
const MEDIA_TYPES: Readonly<Record<FhirFormat, readonly string[]>> = { json: JSON_MEDIA_TYPES, xml: FHIR_XML_MEDIA_TYPES };

function servedText(served: readonly FhirFormat[]): string {
  return served.includes('xml') ? 'this provider serves application/fhir+json and application/fhir+xml (HTTP-05)' : 'this provider serves application/fhir+json only (HTTP-05)';
}

const isBlank = (value: string | null): value is null => value === null || value.trim() === '';

function isMediaOf(format: FhirFormat, media: MediaType): boolean {
  return MEDIA_TYPES[format].includes(media.essence) && hasUtf8Charset(media);
}

// HTTP-02: `_format` takes `json`, `xml` or a media type. A `+` sent unencoded in the query
// decodes to a space (`application/fhir json`), so the space is read back as `+`.
function fromFormatParameter(format: string, served: readonly FhirFormat[]): NegotiatedFormat {
  const [essence, ...params] = format.trim().split(';');
  const repaired = [essence.trim().replaceAll(' ', '+'), ...params].join(';');
  const media = parseMediaType(repaired);
  const named = served.find((f) => repaired.toLowerCase() === f || (media !== undefined && isMediaOf(f, media)));
  if (named) return named === 'xml' ? XML_FORMAT : JSON_FORMAT;
  return { ok: false, problem: { code: 'UNSUPPORTED_FORMAT', diagnostics: `The requested _format ${quoteHeader(format)} is not supported; ${servedText(served)}` } };
}

/** Specificity of a media range for a concrete type: 3 exact, 2 `type/*`, 1 `*\/*`, 0 no match. */
function specificity(range: MediaType, candidate: string): number {
  if (range.essence === candidate) return 3;
  if (range.subtype === '*' && (range.type === '*' || candidate.startsWith(`${range.type}/`))) return range.type === '*' ? 1 : 2;
  return 0;
}

function quality(range: MediaType): number {
  const q = range.params.q === undefined ? 1 : Number(range.params.q);
  // An unreadable q counts as 1 rather than turning the range off.
  return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 1;
}

/** The q the most specific matching range gives one media type (0 when none admits it in UTF-8). */
function qualityFor(ranges: readonly MediaType[], candidate: string): number {
  const best = Math.max(0, ...ranges.map((range) => specificity(range, candidate)));
  if (best === 0) return 0;
  return Math.max(0, ...ranges.filter((range) => specificity(range, candidate) === best && hasUtf8Charset(range)).map(quality));
}

/** HTTP-02/05: the served format Accept prefers (JSON on a tie), or undefined when it admits none. */
export function preferredAcceptFormat(accept: string, served: readonly FhirFormat[]): FhirFormat | undefined {
  const ranges = accept.split(',').map((part) => parseMediaType(part)).filter((m): m is MediaType => m !== undefined);
  const scored = served.map((format) => ({ format, q: Math.max(...MEDIA_TYPES[format].map((candidate) => qualityFor(ranges, candidate))) }));
  const best = scored.reduce((a, b) => (b.q > a.q ? b : a));
  return best.q > 0 ? best.format : undefined;
}

/** HTTP-02/05: true if the most specific range that matches some JSON type gives it q > 0 in UTF-8. */
export function acceptAdmitsJson(accept: string): boolean {
  return preferredAcceptFormat(accept, ['json']) === 'json';
}

export function negotiateFormat(input: FormatRequest): NegotiatedFormat {
  // HTTP-02: `_format` overrides Accept.
  if (!isBlank(input.format)) return fromFormatParameter(input.format, input.served);
  if (!isBlank(input.accept)) {
    const preferred = preferredAcceptFormat(input.accept, input.served);
    if (preferred) return preferred === 'xml' ? XML_FORMAT : JSON_FORMAT;
    return { ok: false, problem: { code: 'UNSUPPORTED_FORMAT', diagnostics: `No media type in Accept ${quoteHeader(input.accept)} is supported; ${servedText(input.served)}` } };
  }
  // HTTP-03: no Accept and no `_format` → answer in the format of the request body. The body's own
  // media type is at fault here, so this is 415 in every mode (C-10), not the Accept status.
  const method = input.method.toUpperCase();
  if ((method === 'POST' || method === 'PUT') && !isBlank(input.contentType)) {
    const media = parseMediaType(input.contentType);
    if (media !== undefined && input.served.includes('xml') && FHIR_XML_MEDIA_TYPES.includes(media.essence)) return XML_FORMAT;
    if (media !== undefined && !input.served.includes('xml') && XML_MEDIA_TYPES.includes(media.essence)) {
      return {
        ok: false,
        problem: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          diagnostics: `The request body is XML (Content-Type ${quoteHeader(input.contentType)}) and neither Accept nor _format asks for JSON; this provider reads and writes application/fhir+json only (HTTP-03, HTTP-06)`,
        },
      };
    }
  }
  // HTTP-04: JSON by default (other body types are refused by checkRequestContentType).
  return JSON_FORMAT;
}
