// Builds the BOOK-18 refusal: 422 with an expression pointing at the offending element (ERR-03).
import type { Problem } from '../problem.ts';

export function profileInvalid(expression: string, diagnostics: string): Problem {
  return { code: 'PROFILE_INVALID', diagnostics, expression: [expression] };
}
