// The path of a request as it arrived, before any URL parser normalises it. A FHIR request never
// needs dot-segments or encoded slashes, and allowing them would let `<base>/%2e%2e/_admin/reset`
// reach the admin surface through a proxy that forwards only the FHIR base path. Malformed
// percent-encoding in any segment is a 400 here, whatever the route.
import type { Problem } from '../problem.ts';
import { decodePathSegment } from './decode-path-segment.ts';

const ENCODED_SEPARATOR = /%(2f|5c)/i;

function badPath(diagnostics: string): Problem {
  return { code: 'BAD_PATH', diagnostics };
}

export function checkRequestPath(rawPath: string): Problem | undefined {
  const path = rawPath.split(/[?#]/, 1)[0];
  const segments = path.split('/');
  for (const [i, segment] of segments.entries()) {
    const shown = JSON.stringify(segment.length > 40 ? `${segment.slice(0, 40)}…` : segment);
    const decoded = decodePathSegment(segment);
    if (decoded === undefined) return badPath(`Path segment ${i} (${shown}) is not valid percent-encoding`);
    if (decoded === '.' || decoded === '..') return badPath(`Path segment ${i} (${shown}) is a dot-segment; send the path without . or ..`);
    if (segment.includes('\\') || ENCODED_SEPARATOR.test(segment)) return badPath(`Path segment ${i} (${shown}) holds an encoded or backslash path separator`);
  }
  return undefined;
}
