// CAN-02 / C-40: the version named by an If-Match header. The consumer sends the weak ETag it read
// (`W/"2"`); a strong `"2"` names the same version and is accepted too. Anything else (`*`, a
// list, a bare `2`) is not a version and yields undefined.
const ETAG = /^(?:W\/)?"([^"\s,]+)"$/;

export function parseIfMatch(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined) return undefined;
  return ETAG.exec(header.trim())?.[1];
}
