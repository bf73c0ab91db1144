// The one piece of per-worker state: the target (read-only, validated once), the sockets, the
// run's clock and the FHIR validator. Cucumber gives BeforeAll and the World no channel but module
// scope, so this is the only module-level instance in the suite; BeforeAll fills it and AfterAll
// empties it.
import { CircuitBreaker } from '../../src/client/circuit-breaker.ts';
import { createTransport, type HttpTransport } from '../../src/client/create-transport.ts';
import { createFhirValidator, type FhirValidator } from '../../src/fhir/validate-resource.ts';
import { loadTarget } from '../../src/targets/load-target.ts';
import type { ResolvedTarget } from '../../src/targets/resolved-target.ts';
import { startEmbeddedTarget } from '../../src/targets/start-embedded-target.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import type { SuiteParameters } from './suite-parameters.ts';

interface Running {
  readonly target: ResolvedTarget;
  readonly transport: HttpTransport;
  /** This run's breaker: a dead target ends the run fast instead of timing out scenario by scenario. */
  readonly breaker: CircuitBreaker;
  readonly stopTarget: () => Promise<void>;
  /** The embedded mock's frozen instant, which the suite's clock then reads too. */
  readonly frozenNowMs: number | undefined;
  validator?: FhirValidator;
}

class SuiteRuntime {
  #running: Running | undefined;

  async start(parameters: SuiteParameters): Promise<void> {
    if (this.#running) return;
    const embedded = parameters.target === undefined ? await startEmbeddedTarget(parameters.mock ?? {}) : undefined;
    const target = embedded ? embedded.target : await loadTarget(parameters.target as string);
    const frozenNowMs = embedded ? parameters.mock?.nowMs : undefined;
    this.#running = { target, transport: createTransport(target.tls), breaker: new CircuitBreaker(), stopTarget: embedded ? () => embedded.close() : async () => undefined, frozenNowMs };
  }

  async stop(): Promise<void> {
    const running = this.#running;
    this.#running = undefined;
    if (!running) return;
    running.transport.close();
    await running.validator?.close();
    await running.stopTarget();
  }

  get #current(): Running {
    if (!this.#running) throw new HarnessDefect('HARNESS_ERROR', 'the suite runtime was used before BeforeAll started it');
    return this.#running;
  }

  get target(): ResolvedTarget {
    return this.#current.target;
  }

  get transport(): HttpTransport {
    return this.#current.transport;
  }

  get breaker(): CircuitBreaker {
    return this.#current.breaker;
  }

  /** The run's "now": the real clock, or the embedded mock's frozen instant, so tokens and windows agree with it. */
  nowMs(): number {
    return this.#current.frozenNowMs ?? Date.now();
  }

  /** Created on first use: compiling the schemas costs time that runs without validation never pay. */
  fhirValidator(): FhirValidator {
    const running = this.#current;
    running.validator ??= createFhirValidator();
    return running.validator;
  }
}

export const suiteRuntime = new SuiteRuntime();
