// The traffic budget from command-line flags (`--traffic-max-body-bytes`, `--traffic-max-total-bytes`,
// `--traffic-max-entries`): positive whole numbers; an unset flag keeps the default.
import type { TrafficBudget } from './traffic-log.ts';

export const TRAFFIC_BUDGET_FLAGS = {
  maxBodyBytes: 'traffic-max-body-bytes',
  maxTotalBytes: 'traffic-max-total-bytes',
  maxEntries: 'traffic-max-entries',
} as const satisfies Record<keyof TrafficBudget, string>;

export type TrafficBudgetParse =
  | { readonly ok: true; readonly budget: Partial<TrafficBudget> }
  | { readonly ok: false; readonly message: string };

export function parseTrafficBudget(flags: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>): TrafficBudgetParse {
  const budget: Partial<Record<keyof TrafficBudget, number>> = {};
  for (const [key, flag] of Object.entries(TRAFFIC_BUDGET_FLAGS) as [keyof TrafficBudget, string][]) {
    const given = flags[flag];
    if (given === undefined) continue;
    const value = typeof given === 'string' && /^\d+$/.test(given) ? Number(given) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < 1) return { ok: false, message: `--${flag} must be a whole number of at least 1 (got ${JSON.stringify(given)})` };
    budget[key] = value;
  }
  return { ok: true, budget };
}
