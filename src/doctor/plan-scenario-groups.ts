// The skip table: for each scenario group, whether it will run against this target and, if not
// fully, why. Declared data is judged by the drivers' own rules (declaredSkipReason); what only
// the target can tell (a free slot, its clock) comes from what the doctor saw.
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import type { FreeSlotFact } from './check-free-slots.ts';
import { declaredSkipReason, SCENARIO_GROUPS, type ScenarioGroup, type ScenarioNeed } from './scenario-requirements.ts';

/** `weaker`: runs without a check the target could have enabled; `at-risk`: may end inconclusive; `unknown`: the doctor could not find out. */
export type GroupOutcome = 'runs' | 'weaker' | 'at-risk' | 'unknown' | 'skipped';

export interface GroupPlan {
  readonly id: string;
  readonly title: string;
  readonly obligations: readonly string[];
  readonly outcome: GroupOutcome;
  readonly reasons: readonly string[];
}

/** What the doctor learnt from the target itself; absent facts were not checked (target unreachable). */
export interface ObservedFacts {
  readonly freeSlot?: FreeSlotFact;
  /** Why time-boundary tests may be inconclusive (clock offset, no Date header); absent when they are not at risk. */
  readonly clockRisk?: string;
  /** False when the doctor could not read the provider's clock at all. */
  readonly clockRead: boolean;
}

// Worst first: a group takes the outcome of its worst need.
const RANK: readonly GroupOutcome[] = ['skipped', 'unknown', 'at-risk', 'weaker', 'runs'];

function judgeNeed(target: ResolvedTarget, need: ScenarioNeed, facts: ObservedFacts): { outcome: GroupOutcome; reason?: string } {
  const declared = declaredSkipReason(target, need);
  if (declared !== undefined) return { outcome: 'skipped', reason: declared };
  switch (need.kind) {
    case 'oracle':
      return target.config.oracle?.[need.fact] === undefined ? { outcome: 'weaker', reason: `the target declares no oracle.${need.fact}, so results cannot be compared with the expected data` } : { outcome: 'runs' };
    case 'free-slot':
      if (facts.freeSlot === undefined) return { outcome: 'unknown', reason: 'whether a free slot exists was not checked (the target was not reached)' };
      if (facts.freeSlot.state === 'none') return { outcome: 'skipped', reason: facts.freeSlot.reason };
      if (facts.freeSlot.state === 'unknown') return { outcome: 'unknown', reason: facts.freeSlot.reason };
      return { outcome: 'runs' };
    case 'provider-clock':
      // pinProviderClock freezes a mock's clock through its admin surface; no Date header is needed.
      if (target.config.admin) return { outcome: 'runs' };
      if (!facts.clockRead) return { outcome: 'unknown', reason: 'the provider\'s clock was not read (the target was not reached)' };
      return facts.clockRisk === undefined ? { outcome: 'runs' } : { outcome: 'at-risk', reason: facts.clockRisk };
    default:
      return { outcome: 'runs' };
  }
}

export function planScenarioGroup(group: ScenarioGroup, target: ResolvedTarget, facts: ObservedFacts): GroupPlan {
  const judged = group.needs.map((need) => judgeNeed(target, need, facts));
  const worst = judged.reduce<GroupOutcome>((acc, { outcome }) => (RANK.indexOf(outcome) < RANK.indexOf(acc) ? outcome : acc), 'runs');
  const reasons = [...new Set(judged.filter((j) => j.outcome === worst && j.reason !== undefined).map((j) => j.reason as string))];
  return { id: group.id, title: group.title, obligations: group.obligations, outcome: worst, reasons };
}

export function planScenarioGroups(target: ResolvedTarget, facts: ObservedFacts, groups: readonly ScenarioGroup[] = SCENARIO_GROUPS): GroupPlan[] {
  return groups.map((group) => planScenarioGroup(group, target, facts));
}
