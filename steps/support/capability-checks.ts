// The CapabilityStatement as the scenario reads it: the latest answer read as one, the formats it
// declares probed both ways (CAP-04), and the includes and held resource types a check needs the
// target to declare (or a skip when it does not).
import { declaredSearchIncludes } from '../../src/assertions/expect-capability-statement.ts';
import { INCLUDED_TYPE, includeParam, type IncludeTarget } from '../../src/client/slot-includes.ts';
import { probeDeclaredFormats, type FormatProbe } from '../../src/drivers/probe-declared-formats.ts';
import { readCapabilityStatement } from '../../src/drivers/read-capability-statement.ts';
import { declaredFormats } from '../../src/fhir/declared-formats.ts';
import { readResource, type FhirResource } from '../../src/fhir/read-fhir-json.ts';
import { HELD_RESOURCE_TYPES, type HeldResourceType } from '../../src/targets/target-config.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** Include names compared as C-03 allows them to be written: any case, `.` or `:`, `providedBy` for `organization`. */
function normaliseInclude(include: string): string {
  return include.toLowerCase().replaceAll('.', ':').replace(/:providedby$/, ':organization');
}

export class CapabilityChecks {
  readonly #context: ScenarioContext;
  #formatProbes: readonly FormatProbe[] | undefined;

  constructor(context: ScenarioContext) {
    this.#context = context;
  }

  /** The latest response read as a CapabilityStatement, counted as asserted on (CAP-01 fails if it is not one). */
  capabilityStatement(): FhirResource {
    return readResource(this.#context.exchanges.lastResponse(), 'CapabilityStatement', ['CAP-01']);
  }

  /** CAP-04: asks for the CapabilityStatement in every format it declares, both ways (the probes are judged together). */
  async probeDeclaredFormats(): Promise<void> {
    const formats = declaredFormats(await readCapabilityStatement(this.#context));
    this.#formatProbes = await probeDeclaredFormats(this.#context, formats);
    this.#context.exchanges.lastResponses(this.#formatProbes.length);
  }

  get formatProbes(): readonly FormatProbe[] {
    if (!this.#formatProbes) throw new HarnessDefect('HARNESS_ERROR', 'no format probes were sent');
    return this.#formatProbes;
  }

  /** SLOT-34 applies only when the provider lists the Location include (C-35). */
  async requireDeclaredInclude(include: string): Promise<void> {
    const declared = declaredSearchIncludes(await readCapabilityStatement(this.#context)).map(normaliseInclude);
    if (!declared.includes(normaliseInclude(include))) throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', `the CapabilityStatement does not list ${include} in searchInclude`);
  }

  /** C-35: a target whose `oracle.holds` leaves this type out holds none to give (SLOT-21); undeclared, it is expected. */
  requireNotDeclaredAbsent(type: HeldResourceType): void {
    const holds = this.#context.target.config.oracle?.holds;
    if (holds !== undefined && !holds.includes(type)) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the target declares it holds no ${type} (oracle.holds)`);
  }

  /**
   * SLOT-20 asks for resources of a type only from a provider that holds them (SLOT-21: data not
   * held is left out) and lists their include in its CapabilityStatement.
   */
  async requireHeldIncludes(targets: readonly IncludeTarget[]): Promise<void> {
    const holds: readonly string[] = this.#context.target.config.oracle?.holds ?? [];
    const notHeld = targets.map((target) => INCLUDED_TYPE[target]).filter((type) => HELD_RESOURCE_TYPES.some((held) => held === type) && !holds.includes(type));
    if (notHeld.length > 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the target does not declare it holds ${notHeld.join(', ')} (oracle.holds)`);
    for (const target of targets) await this.requireDeclaredInclude(includeParam(target).value);
  }
}
