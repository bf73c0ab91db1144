// The exit code of an assurance run (provider and consumer alike), from its scenario outcomes:
//   1 a MUST scenario failed (the supplier has a blocking finding);
//   2 otherwise, this suite itself misbehaved (undefined or pending steps, harness errors), so a
//     broken suite never passes silently;
//   3 otherwise, the run reached no verdict for most of the MUST scenarios it selected
//     (inconclusive, e.g. the target is unreachable, or not finished because the run was stopped):
//     a CI gate must not pass a supplier it could not assess;
//   0 otherwise. Skipped scenarios, SHOULD failures and a few inconclusive ones do not fail it.
import { isHarnessCode } from '../verdict/verdict.ts';
import type { ScenarioOutcome } from './scenario-outcome.ts';

export type ExitCode = 0 | 1 | 2 | 3;

export const EXIT_NO_VERDICT = 3;

type Decided = Pick<ScenarioOutcome, 'level' | 'verdict' | 'reason' | 'scheduled'>;

const hasNoVerdict = (outcome: Decided): boolean => outcome.verdict === 'inconclusive' || outcome.verdict === 'not-run';

export function decideExitCode(outcomes: readonly Decided[]): ExitCode {
  if (outcomes.some((o) => o.level === 'MUST' && o.verdict === 'fail')) return 1;
  if (outcomes.some((o) => o.verdict === 'inconclusive' && isHarnessCode(o.reason?.code ?? ''))) return 2;
  const musts = outcomes.filter((o) => o.level === 'MUST' && o.scheduled);
  return musts.filter(hasNoVerdict).length * 2 > musts.length ? EXIT_NO_VERDICT : 0;
}
