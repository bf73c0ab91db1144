// What the World's collaborators need from the scenario: the driver context (target, client,
// consumer, clock, cleanup), its token state and check exchanges, the obligations it is tagged
// with and the warning channel. The World provides it; each collaborator reads it, never replaces it.
import type { Warn } from '../../src/verdict/fail.ts';
import type { ExchangeContext, ScenarioExchanges } from './scenario-exchanges.ts';

export interface ScenarioContext extends ExchangeContext {
  readonly exchanges: ScenarioExchanges;
  /** The obligation ids the scenario is tagged with (named by generic failures). */
  readonly obligations: readonly string[];
  readonly warn: Warn;
}
