// The refusal of a body whose element has the wrong JSON type: 422, pointing at the element (ERR-03).
import type { Problem } from '../problem.ts';
import type { MistypedElement } from './find-mistyped-element.ts';
import { profileInvalid } from './profile-invalid.ts';

export function mistypedProblem(mistyped: MistypedElement): Problem {
  return profileInvalid(mistyped.expression, `${mistyped.expression} must be ${mistyped.expected}, got ${mistyped.got} (BOOK-18)`);
}
