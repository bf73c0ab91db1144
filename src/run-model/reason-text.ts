// A scenario's reason in one line, as coverage.md, coverage.json and the console show it:
// `CODE: message`, absent for a pass.
import type { ScenarioOutcome } from './scenario-outcome.ts';

export function reasonText(outcome: Pick<ScenarioOutcome, 'verdict' | 'reason'>): string | undefined {
  return outcome.reason && outcome.verdict !== 'pass' ? `${outcome.reason.code}: ${outcome.reason.message}` : undefined;
}
