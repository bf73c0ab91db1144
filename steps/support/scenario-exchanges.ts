// The scenario's check exchanges: sent in the scenario's consumer and token, recorded as evidence,
// and handed to assertions. Handing one over is an explicit call that counts it as asserted on, so
// the After hook can prove that a passing scenario judged every request it made.
import type { AnsweredExchange, Exchange } from '../../src/client/exchange.ts';
import type { EvidenceLog } from '../../src/client/evidence-log.ts';
import type { RequestSpec, Route } from '../../src/client/target-client.ts';
import type { DriverContext } from '../../src/drivers/driver-context.ts';
import type { TokenState } from '../../src/drivers/token-state.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';

export type CheckRequest = Omit<RequestSpec, 'purpose' | 'consumer' | 'token'> & Partial<Pick<RequestSpec, 'consumer' | 'token'>>;

/** What sending a check needs: the driver context, and the token state the scenario set up. */
export interface ExchangeContext extends DriverContext {
  readonly tokens: TokenState;
}

function isAnsweredCheck(exchange: Exchange): exchange is AnsweredExchange {
  return exchange.purpose === 'check' && exchange.response !== undefined;
}

export class ScenarioExchanges {
  readonly #context: ExchangeContext;
  readonly #evidence: EvidenceLog;
  /** How many check exchanges the last multi-request act sent (asserted on together). */
  #batch = 0;

  constructor(context: ExchangeContext, evidence: EvidenceLog) {
    this.#context = context;
    this.#evidence = evidence;
  }

  /** Sends a request the scenario will assert on, in the scenario's consumer and token. */
  check(request: CheckRequest): Promise<AnsweredExchange> {
    const { client, consumer, target, tokens } = this.#context;
    const token = request.token ?? tokens.spec(Math.floor(this.#context.nowMs() / 1000), target.policy.auth.clockSkewSeconds);
    return client.send({ ...request, consumer: request.consumer ?? consumer, token, purpose: 'check' });
  }

  /** A route the target can take: the SSP route needs a declared SSP prefix. */
  requireRoute(route: Route): Route {
    if (route === 'ssp' && this.#context.target.config.sspPrefix === undefined) throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', 'the target declares no sspPrefix');
    return route;
  }

  /** The latest check exchange, counted as asserted on. */
  lastResponse(): AnsweredExchange {
    return this.lastResponses(1)[0];
  }

  /** The latest `count` check exchanges, oldest first, all counted as asserted on. */
  lastResponses(count: number): AnsweredExchange[] {
    const answered = this.#evidence.all().filter(isAnsweredCheck);
    if (answered.length < count) throw new HarnessDefect('HARNESS_NO_EXCHANGE', `a step asserts on ${count} responses but the scenario has ${answered.length}`);
    const picked = answered.slice(-count);
    picked.forEach((exchange) => this.#evidence.markAsserted(exchange));
    return picked;
  }

  lastTwoResponses(): [AnsweredExchange, AnsweredExchange] {
    const [first, second] = this.lastResponses(2);
    return [first, second];
  }

  /** The latest check exchange with this label, counted as asserted on. */
  responseLabelled(label: string): AnsweredExchange {
    const found = this.#evidence.all().findLast((x): x is AnsweredExchange => isAnsweredCheck(x) && x.label === label);
    if (!found) throw new HarnessDefect('HARNESS_NO_EXCHANGE', `no response labelled "${label}" to assert on`);
    this.#evidence.markAsserted(found);
    return found;
  }

  /** A multi-request act sent `count` checks, which its assertions judge together. */
  recordBatch(count: number): void {
    this.#batch = count;
  }

  /** The check exchanges of the last multi-request act, oldest first, counted as asserted on. */
  lastBatch(): AnsweredExchange[] {
    return this.lastResponses(this.#batch);
  }

  /** After hook: a scenario that passed without asserting on one of its requests proves nothing. */
  verifyEveryExchangeAsserted(): void {
    const unasserted: readonly Exchange[] = this.#evidence.unasserted();
    if (unasserted.length > 0) {
      throw new HarnessDefect('HARNESS_UNASSERTED_EXCHANGE', `no step asserted on ${unasserted.map((x) => `${x.id} (${x.label})`).join(', ')}`);
    }
  }
}
