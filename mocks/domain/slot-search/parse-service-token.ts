// The healthcare-service token of a Slot search: one bare DoS service id (C-01). A comma list may
// repeat the same id; two different ids are refused, because slots of several services must never
// be mixed in one answer (SLOT-10).
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';

export type ServiceToken =
  | { readonly ok: true; readonly ids: readonly string[]; readonly hadSystem: boolean }
  | { readonly ok: false; readonly problem: Problem };

function invalid(name: string, diagnostics: string): ServiceToken {
  return { ok: false, problem: { code: 'INVALID_PARAMETER', diagnostics, expression: [name] } };
}

/** Returns the distinct ids a service parameter value names, in the order written. */
export function parseServiceToken(name: string, value: string, config: ProviderConfig): ServiceToken {
  if (value === '') return invalid(name, `Search parameter ${name} is empty: send the DoS service id`);
  const ids: string[] = [];
  let hadSystem = false;
  for (const element of value.split(',')) {
    const bar = element.indexOf('|');
    // C-01 strict: a bare value only; `system|value` and `|value` only when configured.
    if (bar >= 0 && !config.acceptTokenSystem) {
      return invalid(name, `Search parameter ${name} must be a bare DoS service id, not a system|value token: "${value}"`);
    }
    const id = bar >= 0 ? element.slice(bar + 1) : element;
    if (id === '') return invalid(name, `Search parameter ${name} has an empty service id: "${value}"`);
    hadSystem ||= bar >= 0;
    if (!ids.includes(id)) ids.push(id);
  }
  return { ok: true, ids, hadSystem };
}
