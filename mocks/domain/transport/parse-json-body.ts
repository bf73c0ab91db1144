// BOOK-19: a request body is parsed only when it is JSON of a sane shape. Nesting is bounded before
// parsing, by one linear scan, so that no later rule (a comparison, a copy, a serialisation) can
// exhaust the stack on a body nested thousands deep; such a body gets a clear 400.
import type { Problem } from '../problem.ts';

/** Far beyond any FHIR resource of the Booking API (the reference booking nests 8 deep). */
export const MAX_JSON_DEPTH = 64;

export type ParsedJsonBody = { ok: true; body: unknown } | { ok: false; problem: Problem };

/** The deepest nesting of objects and arrays in a JSON text, stopping once it passes `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export function parseJsonBody(text: string, maxDepth: number = MAX_JSON_DEPTH): ParsedJsonBody {
  if (nestingDepth(text, maxDepth) > maxDepth) {
    return { ok: false, problem: { code: 'BAD_BODY', diagnostics: `The request body nests objects and arrays more than ${maxDepth} levels deep` } };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'The request body is not valid JSON' } };
  }
}
