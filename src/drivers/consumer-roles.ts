// The consumers a scenario can speak as, by role. The phrases are the `{consumer}` parameter
// type's pattern; a role the target does not declare skips the scenario with the reason.
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import type { ConsumerIdentity, ConsumerRole } from '../targets/target-config.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

export const CONSUMER_ROLES = {
  'the primary consumer': 'primary',
  'the restricted consumer': 'restricted',
  'an unseen consumer': 'unseen',
} as const satisfies Record<string, ConsumerRole>;

export type ConsumerPhrase = keyof typeof CONSUMER_ROLES;
export const CONSUMER_PHRASES = Object.keys(CONSUMER_ROLES) as readonly ConsumerPhrase[];

export function resolveConsumer(target: ResolvedTarget, phrase: ConsumerPhrase): ConsumerIdentity {
  const consumer = target.consumer(CONSUMER_ROLES[phrase]);
  if (!consumer) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the target declares no consumer with role "${CONSUMER_ROLES[phrase]}" (needed for "${phrase}")`);
  return consumer;
}
