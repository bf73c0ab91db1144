// How a consumer can ask for a response format: Accept, `_format`, both, or neither (HTTP-01..05).
// The phrases are the `{formatRequest}` pattern; `_format` travels in the query string.
export interface FormatRequest {
  /** `null` removes the envelope's Accept header. */
  readonly accept?: string | null;
  readonly format?: string;
}

export const FORMAT_REQUESTS = {
  'no Accept header and no _format': { accept: null },
  'Accept application/fhir+json': { accept: 'application/fhir+json' },
  'Accept application/fhir+xml and _format json': { accept: 'application/fhir+xml', format: 'json' },
  '_format json': { format: 'json' },
  '_format application/fhir+json': { format: 'application/fhir+json' },
  'Accept application/pdf': { accept: 'application/pdf' },
  '_format text/turtle': { format: 'text/turtle' },
} as const satisfies Record<string, FormatRequest>;

export type FormatRequestName = keyof typeof FORMAT_REQUESTS;
export const FORMAT_REQUEST_NAMES = Object.keys(FORMAT_REQUESTS) as readonly FormatRequestName[];

/** `path` with `name=value` appended to its query string. */
export function withQueryParam(path: string, name: string, value: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/** The header changes and path for a format request. */
export function applyFormatRequest(path: string, request: FormatRequest): { path: string; headers: Record<string, string | null> } {
  return {
    path: request.format === undefined ? path : withQueryParam(path, '_format', request.format),
    headers: request.accept === undefined ? {} : { Accept: request.accept },
  };
}
