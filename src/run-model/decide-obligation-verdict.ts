// The one rule that turns the verdicts of an obligation's scenarios into the obligation's verdict,
// shared by the coverage files and the HTML matrix so they never disagree: the worst verdict among
// the scenarios that ran (fail, then inconclusive, then pass); skipped only when none of them ran,
// not-run when none was selected; untested when no scenario carries the obligation at all.
import type { ScenarioVerdict } from './scenario-outcome.ts';

export type ObligationVerdict = ScenarioVerdict | 'untested';

const PRECEDENCE: readonly ScenarioVerdict[] = ['fail', 'inconclusive', 'pass', 'skipped', 'not-run'];

export function decideObligationVerdict(verdicts: readonly ScenarioVerdict[]): ObligationVerdict {
  return PRECEDENCE.find((verdict) => verdicts.includes(verdict)) ?? 'untested';
}
