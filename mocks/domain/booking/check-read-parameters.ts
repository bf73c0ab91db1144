// READ-07: a read or version read takes no search parameters; anything but _format is refused
// with 400 naming the parameter.
import type { Problem } from '../problem.ts';

export function checkReadParameters(names: Iterable<string>): Problem | undefined {
  for (const name of names) {
    if (name !== '_format') return { code: 'INVALID_PARAMETER', diagnostics: `Parameter ${name} is not supported on read`, expression: [name] };
  }
  return undefined;
}
