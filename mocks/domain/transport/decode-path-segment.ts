// A path segment's text, or undefined when its percent-encoding is malformed (`%`, `%zz`, a lone
// surrogate such as `%ED%A0%80`): such a request gets a 400, never the decoder's exception.
export function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
