// What a driver needs from the scenario: the target, a client that records evidence, who is
// asking, the clock, and the cleanup stack. The World provides it; tests can fake it.
import type { TargetClient } from '../client/target-client.ts';
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import type { CleanupStack } from './cleanup-stack.ts';

export interface DriverContext {
  readonly target: ResolvedTarget;
  readonly client: TargetClient;
  readonly cleanup: CleanupStack;
  /** The consumer the scenario currently speaks as. */
  readonly consumer: ConsumerIdentity;
  nowMs(): number;
}
