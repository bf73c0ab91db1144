// The core of the scenario World: the target (read-only), a client that records every exchange as
// evidence, the consumer and token the scenario speaks with, and a cleanup stack. It hands the
// recorded exchanges to steps and proves, after a passing scenario, that each one was asserted on.
import { World, type IWorldOptions } from '@cucumber/cucumber';
import type { AnsweredExchange, Exchange } from '../../src/client/exchange.ts';
import { EvidenceLog } from '../../src/client/evidence-log.ts';
import { TargetClient, type RequestSpec, type Route } from '../../src/client/target-client.ts';
import { toExchangeAttachment } from '../../src/client/exchange-attachment.ts';
import { obligationIdsOf } from '../../spec/classify-level.ts';
import { CleanupStack } from '../../src/drivers/cleanup-stack.ts';
import { resolveConsumer, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import type { DriverContext } from '../../src/drivers/driver-context.ts';
import { TokenState } from '../../src/drivers/token-state.ts';
import type { Warn } from '../../src/verdict/fail.ts';
import type { ResolvedTarget } from '../../src/targets/resolved-target.ts';
import type { ConsumerIdentity } from '../../src/targets/target-config.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import { toWarningAttachment, type AttachmentFile } from '../../src/verdict/verdict-attachment.ts';
import type { SuiteParameters } from './suite-parameters.ts';
import { suiteRuntime } from './suite-runtime.ts';

export type CheckRequest = Omit<RequestSpec, 'purpose' | 'consumer' | 'token'> & Partial<Pick<RequestSpec, 'consumer' | 'token'>>;

export class ExchangeWorld extends World<SuiteParameters> implements DriverContext {
  readonly target: ResolvedTarget;
  readonly evidence = new EvidenceLog();
  readonly cleanup = new CleanupStack();
  readonly client: TargetClient;
  readonly tokens = new TokenState();
  #consumer: ConsumerIdentity;
  #obligations: readonly string[] = [];

  constructor(options: IWorldOptions<SuiteParameters>) {
    super(options);
    this.target = suiteRuntime.target;
    this.#consumer = resolveConsumer(this.target, 'the primary consumer');
    this.client = new TargetClient({
      target: this.target,
      transport: suiteRuntime.transport,
      breaker: suiteRuntime.breaker,
      log: this.evidence,
      record: (exchange) => this.#attachFile(toExchangeAttachment(exchange)),
      // Setup requests time their tokens by the run's clock too (frozen when the mock's is).
      nowMs: () => this.nowMs(),
    });
  }

  nowMs(): number {
    return suiteRuntime.nowMs();
  }

  /** The consumer the scenario speaks as (the primary one unless a step changes it). */
  get consumer(): ConsumerIdentity {
    return this.#consumer;
  }

  speakAs(phrase: ConsumerPhrase): ConsumerIdentity {
    this.#consumer = resolveConsumer(this.target, phrase);
    return this.#consumer;
  }

  /** The obligation ids the scenario is tagged with (named by generic failures). */
  get obligations(): readonly string[] {
    return this.#obligations;
  }

  useScenarioTags(tags: readonly string[]): void {
    this.#obligations = obligationIdsOf(tags);
  }

  readonly warn: Warn = (warning) => {
    void this.#attachFile(toWarningAttachment(warning));
  };

  #attachFile({ body, ...options }: AttachmentFile): void | Promise<void> {
    return this.attach(body, options);
  }

  /** Sends a request the scenario will assert on, in the scenario's consumer and token. */
  check(request: CheckRequest): Promise<AnsweredExchange> {
    const token = request.token ?? this.tokens.spec(Math.floor(this.nowMs() / 1000), this.target.policy.auth.clockSkewSeconds);
    return this.client.send({ ...request, consumer: request.consumer ?? this.#consumer, token, purpose: 'check' });
  }

  /** The latest check exchange, now counted as asserted on. */
  get response(): AnsweredExchange {
    return this.lastResponses(1)[0];
  }

  /** The latest `count` check exchanges, oldest first, all counted as asserted on. */
  lastResponses(count: number): AnsweredExchange[] {
    const answered = this.evidence.all().filter((x): x is AnsweredExchange => x.purpose === 'check' && x.response !== undefined);
    if (answered.length < count) throw new HarnessDefect('HARNESS_NO_EXCHANGE', `a step asserts on ${count} responses but the scenario has ${answered.length}`);
    const picked = answered.slice(-count);
    picked.forEach((exchange) => this.evidence.markAsserted(exchange));
    return picked;
  }

  lastTwoResponses(): [AnsweredExchange, AnsweredExchange] {
    const [first, second] = this.lastResponses(2);
    return [first, second];
  }

  /** A route the target can take: the SSP route needs a declared SSP prefix. */
  requireRoute(route: Route): Route {
    if (route === 'ssp' && this.target.config.sspPrefix === undefined) throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', 'the target declares no sspPrefix');
    return route;
  }

  /** The latest check exchange with this label, counted as asserted on. */
  responseLabelled(label: string): AnsweredExchange {
    const found = this.evidence.all().findLast((x): x is AnsweredExchange => x.purpose === 'check' && x.label === label && x.response !== undefined);
    if (!found) throw new HarnessDefect('HARNESS_NO_EXCHANGE', `no response labelled "${label}" to assert on`);
    this.evidence.markAsserted(found);
    return found;
  }

  /** After hook: a scenario that passed without asserting on one of its requests proves nothing. */
  verifyEveryExchangeAsserted(): void {
    const unasserted: readonly Exchange[] = this.evidence.unasserted();
    if (unasserted.length > 0) {
      throw new HarnessDefect('HARNESS_UNASSERTED_EXCHANGE', `no step asserted on ${unasserted.map((x) => `${x.id} (${x.label})`).join(', ')}`);
    }
  }
}
