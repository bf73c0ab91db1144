// The one World of the provider suite, composed of named read-only collaborators: the target, a
// client that records every exchange as evidence, the token state, the cleanup stack, the check
// exchanges, and the slot-search, capability, booking and appointment vocabularies. The World
// itself keeps only who the scenario speaks as, the obligations it is tagged with, and the
// warning channel. Its getters only get; handing an exchange to an assertion (and so counting it
// as asserted on) is always an explicit `exchanges` call.
import { World, type IWorldOptions } from '@cucumber/cucumber';
import type { ResourceValidator } from '../../src/assertions/expect-valid-fhir.ts';
import { EvidenceLog } from '../../src/client/evidence-log.ts';
import { toExchangeAttachment } from '../../src/client/exchange-attachment.ts';
import { TargetClient } from '../../src/client/target-client.ts';
import { AppointmentState } from '../../src/drivers/appointment-state.ts';
import { CleanupStack } from '../../src/drivers/cleanup-stack.ts';
import { resolveConsumer, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import { PatientSearchState } from '../../src/drivers/patient-search-state.ts';
import { TokenState } from '../../src/drivers/token-state.ts';
import type { ResolvedTarget } from '../../src/targets/resolved-target.ts';
import type { ConsumerIdentity } from '../../src/targets/target-config.ts';
import type { Warn } from '../../src/verdict/fail.ts';
import { toWarningAttachment, type AttachmentFile } from '../../src/verdict/verdict-attachment.ts';
import { obligationIdsOf } from '../../spec/classify-level.ts';
import { Appointments } from './appointments.ts';
import { Bookings } from './bookings.ts';
import { CapabilityChecks } from './capability-checks.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ScenarioExchanges } from './scenario-exchanges.ts';
import { SlotSearches } from './slot-searches.ts';
import type { SuiteParameters } from './suite-parameters.ts';
import { suiteRuntime } from './suite-runtime.ts';

export class ProviderWorld extends World<SuiteParameters> implements ScenarioContext {
  readonly target: ResolvedTarget = suiteRuntime.target;
  readonly tokens = new TokenState();
  readonly cleanup = new CleanupStack();
  readonly client: TargetClient;
  readonly exchanges: ScenarioExchanges;
  readonly searches: SlotSearches;
  readonly capability: CapabilityChecks;
  readonly bookings: Bookings;
  readonly appointments: Appointments;
  /** REG-01..06: the test patient a patient appointment search scenario booked for. */
  readonly patients = new PatientSearchState();
  /** The FHIR validator, compiled on its first validation (runs without validation never pay for it). */
  readonly validator: ResourceValidator = { validate: (resource, expectedType) => suiteRuntime.fhirValidator().validate(resource, expectedType) };
  #consumer: ConsumerIdentity;
  #obligations: readonly string[] = [];

  constructor(options: IWorldOptions<SuiteParameters>) {
    super(options);
    this.#consumer = resolveConsumer(this.target, 'the primary consumer');
    const evidence = new EvidenceLog();
    this.client = new TargetClient({
      target: this.target,
      transport: suiteRuntime.transport,
      breaker: suiteRuntime.breaker,
      log: evidence,
      record: (exchange) => this.#attachFile(toExchangeAttachment(exchange)),
      // Setup requests time their tokens by the run's clock too (frozen when the mock's is).
      nowMs: () => this.nowMs(),
    });
    this.exchanges = new ScenarioExchanges(this, evidence);
    this.searches = new SlotSearches(this);
    this.capability = new CapabilityChecks(this);
    const appointmentState = new AppointmentState();
    this.bookings = new Bookings(this, appointmentState, this.searches);
    this.appointments = new Appointments(this, appointmentState, this.bookings);
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
}
