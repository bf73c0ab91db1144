// Media types as HTTP writes them in Accept, Content-Type and `_format` (RFC 9110 §8.3.1): the
// type/subtype is case-insensitive, and so are parameter names and the charset value.

export interface MediaType {
  /** `type/subtype`, lower case. */
  readonly essence: string;
  readonly type: string;
  readonly subtype: string;
  /** Parameter names in lower case, values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

const TOKEN = "[a-z0-9!#$%&'*+.^_`|~-]+";
const ESSENCE = new RegExp(`^(${TOKEN})/(${TOKEN})$`);

/** The JSON media types this provider reads and writes; the first is the canonical one (HTTP-01). */
export const JSON_MEDIA_TYPES: readonly string[] = ['application/fhir+json', 'application/json+fhir', 'application/json'];
/** Every XML media type a request may name (HTTP-01 SHOULD). */
export const XML_MEDIA_TYPES: readonly string[] = ['application/fhir+xml', 'application/xml+fhir', 'application/xml', 'text/xml'];
/** The FHIR XML types the mock reads and writes; the first is the canonical one. Plain XML stays 415 (HTTP-06). */
export const FHIR_XML_MEDIA_TYPES: readonly string[] = ['application/fhir+xml', 'application/xml+fhir'];

export function parseMediaType(text: string): MediaType | undefined {
  const [head, ...rest] = text.split(';');
  const match = ESSENCE.exec(head.trim().toLowerCase());
  if (match === null) return undefined;
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const value = part.slice(eq + 1).trim();
    params[part.slice(0, eq).trim().toLowerCase()] = value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return { essence: `${match[1]}/${match[2]}`, type: match[1], subtype: match[2], params };
}

/** BOOK-01 / HTTP-01: whether a Content-Type names FHIR XML, so the body is read as XML (JSON otherwise). */
export function isFhirXmlContentType(contentType: string | null | undefined): boolean {
  const media = parseMediaType(contentType ?? '');
  return media !== undefined && FHIR_XML_MEDIA_TYPES.includes(media.essence);
}

/** HTTP-07: UTF-8 only; an absent charset means the media type's default, which is UTF-8 for JSON. */
export function hasUtf8Charset(media: MediaType): boolean {
  return media.params.charset === undefined || media.params.charset.toLowerCase() === 'utf-8';
}

/** A header value quoted for diagnostics, cut short so a hostile header cannot flood the outcome. */
export function quoteHeader(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 97)}...` : value);
}
