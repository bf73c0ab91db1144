// The scenario World of the provider suite: the exchange core plus the slot-search vocabulary —
// the search being built, searches sent and read back as searchsets, a free slot found on the
// target, and the target's declared facts a check needs (or a skip when it declares none).
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import type { ZoneDesignator } from '../../src/client/format-instant.ts';
import { INCLUDED_TYPE, INCLUDE_TARGETS, includeParam, type IncludeTarget } from '../../src/client/slot-includes.ts';
import { DEFAULT_SERVICE_PARAM, toSlotSearchPath, withStart, type SlotSearch } from '../../src/client/slot-search.ts';
import { expectSlotStatusesPresent } from '../../src/assertions/expect-slot-content.ts';
import { searchsetObligations, type SearchsetView } from '../../src/fhir/searchset-view.ts';
import { expectSearchsetBundle } from '../../src/assertions/expect-searchset-bundle.ts';
import { followSearchPages, readSearchPages } from '../../src/drivers/follow-search-pages.ts';
import { declaredSearchIncludes } from '../../src/assertions/expect-capability-statement.ts';
import { declaredFormats } from '../../src/fhir/declared-formats.ts';
import { readResource, type FhirResource } from '../../src/fhir/read-fhir-json.ts';
import { probeDeclaredFormats, type FormatProbe } from '../../src/drivers/probe-declared-formats.ts';
import { readCapabilityStatement } from '../../src/drivers/read-capability-statement.ts';
import type { ResourceValidator } from '../../src/assertions/expect-valid-fhir.ts';
import { boundsAroundSlot, type BoundsPhrase } from '../../src/drivers/bounds-around-slot.ts';
import { findFreeSlot, type FoundSlot } from '../../src/drivers/find-free-slot.ts';
import { SlotSearchState } from '../../src/drivers/slot-search-state.ts';
import { resolveService, type ServiceRole } from '../../src/drivers/service-roles.ts';
import { HELD_RESOURCE_TYPES, type HeldResourceType } from '../../src/targets/target-config.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import type { Route, TokenSpec } from '../../src/client/target-client.ts';
import { ExchangeWorld } from './exchange-world.ts';
import { suiteRuntime } from './suite-runtime.ts';

/** Include names compared as C-03 allows them to be written: any case, `.` or `:`, `providedBy` for `organization`. */
function normaliseInclude(include: string): string {
  return include.toLowerCase().replaceAll('.', ':').replace(/:providedby$/, ':organization');
}

export class ProviderWorld extends ExchangeWorld {
  readonly searches = new SlotSearchState();
  #foundSlot: FoundSlot | undefined;
  #formatProbes: readonly FormatProbe[] | undefined;

  get validator(): ResourceValidator {
    return suiteRuntime.validator;
  }

  /** Sends a slot search the scenario will assert on, labelled for later comparison. */
  async searchSlots(search: SlotSearch, label: string, options: { readonly route?: Route; readonly token?: TokenSpec } = {}): Promise<AnsweredExchange> {
    const exchange = await this.check({ interaction: 'slot-search', method: 'GET', path: toSlotSearchPath(search), label, ...options });
    this.searches.recordSent(exchange.id, search);
    this.searches.recordPages(exchange.id, await followSearchPages(this, exchange));
    return exchange;
  }

  /** A search's answer and every page after it, as one searchset (SLOT-25 and the scenario's obligations fail if it is not one). */
  #searchsetOf(exchange: AnsweredExchange): SearchsetView {
    return readSearchPages(exchange, this.searches.pagesAfter(exchange.id), searchsetObligations(this.obligations));
  }

  /** SLOT-25 on every page of the latest search (SLOT-31: each page passes the searchset checks). */
  searchsetBundle(first: AnsweredExchange = this.response, obligations: readonly string[] = this.obligations): SearchsetView {
    for (const page of [first, ...this.searches.pagesAfter(first.id)]) expectSearchsetBundle(page, this.warn, obligations);
    return readSearchPages(first, this.searches.pagesAfter(first.id), searchsetObligations(obligations));
  }

  /** The current search, pointed at another service (which becomes the searched service). */
  switchService(role: ServiceRole): SlotSearch {
    const dosId = resolveService(this.target, role);
    const current = this.searches.current;
    this.searches.begin(dosId, { ...current, service: { name: current.service?.name ?? DEFAULT_SERVICE_PARAM, value: dosId } });
    return this.searches.current;
  }

  /** The latest response read as a searchset (SLOT-25 and the scenario's obligations fail if it is not one). */
  searchset(): SearchsetView {
    return this.#searchsetOf(this.response);
  }

  searchsetLabelled(label: string): SearchsetView {
    return this.#searchsetOf(this.responseLabelled(label));
  }

  lastSearchsets(count: number): SearchsetView[] {
    return this.lastResponses(count).map((exchange) => this.#searchsetOf(exchange));
  }

  lastTwoSearchsets(): [SearchsetView, SearchsetView] {
    const [first, second] = this.lastSearchsets(2);
    return [first, second];
  }

  /** The resource types the current search's includes bring in. */
  includedTypes(): string[] {
    const sent = this.searches.current.includes.map((include) => include.value);
    return INCLUDE_TARGETS.filter((target) => sent.includes(includeParam(target).value)).map((target) => INCLUDED_TYPE[target]);
  }

  async findFreeSlot(): Promise<FoundSlot> {
    this.#foundSlot = await findFreeSlot(this, this.searches.service);
    return this.#foundSlot;
  }

  get foundSlot(): FoundSlot {
    if (!this.#foundSlot) throw new HarnessDefect('HARNESS_ERROR', 'a step used "that slot" before "a free slot of the searched service" found one');
    return this.#foundSlot;
  }

  /** The current search, its window bounded around the found slot, instants written in `zone`. */
  searchAroundFoundSlot(phrase: BoundsPhrase, zone: ZoneDesignator = 'Z'): SlotSearch {
    return withStart(this.searches.current, boundsAroundSlot(phrase, this.foundSlot.startMs, zone));
  }

  /** The schedules the target says the searched service maps to, if it says. */
  mappedSchedules(): readonly string[] | undefined {
    return this.target.config.oracle?.schedulesByService?.[this.searches.service];
  }

  schedulesWithoutChannel(): readonly string[] {
    const schedules = this.target.config.oracle?.schedulesWithoutDeliveryChannel;
    if (!schedules || schedules.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the target declares no oracle.schedulesWithoutDeliveryChannel');
    return schedules;
  }

  /** The latest response read as a CapabilityStatement (CAP-01 fails if it is not one). */
  capabilityStatement(): FhirResource {
    return readResource(this.response, 'CapabilityStatement', ['CAP-01']);
  }

  /** CAP-04: asks for the CapabilityStatement in every format it declares, both ways. */
  async probeDeclaredFormats(): Promise<void> {
    const formats = declaredFormats(await readCapabilityStatement(this));
    this.#formatProbes = await probeDeclaredFormats(this, formats);
    this.lastResponses(this.#formatProbes.length);
  }

  get formatProbes(): readonly FormatProbe[] {
    if (!this.#formatProbes) throw new HarnessDefect('HARNESS_ERROR', 'no format probes were sent');
    return this.#formatProbes;
  }

  /** SLOT-34 applies only when the provider lists the Location include (C-35). */
  async requireDeclaredInclude(include: string): Promise<void> {
    const declared = declaredSearchIncludes(await readCapabilityStatement(this)).map(normaliseInclude);
    if (!declared.includes(normaliseInclude(include))) throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', `the CapabilityStatement does not list ${include} in searchInclude`);
  }

  /** C-35: a target whose `oracle.holds` leaves this type out holds none to give (SLOT-21); undeclared, it is expected. */
  requireNotDeclaredAbsent(type: HeldResourceType): void {
    const holds = this.target.config.oracle?.holds;
    if (holds !== undefined && !holds.includes(type)) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the target declares it holds no ${type} (oracle.holds)`);
  }

  /**
   * SLOT-20 asks for resources of a type only from a provider that holds them (SLOT-21: data not
   * held is left out) and lists their include in its CapabilityStatement.
   */
  async requireHeldIncludes(targets: readonly IncludeTarget[]): Promise<void> {
    const holds: readonly string[] = this.target.config.oracle?.holds ?? [];
    const notHeld = targets.map((target) => INCLUDED_TYPE[target]).filter((type) => HELD_RESOURCE_TYPES.some((held) => held === type) && !holds.includes(type));
    if (notHeld.length > 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the target does not declare it holds ${notHeld.join(', ')} (oracle.holds)`);
    for (const target of targets) await this.requireDeclaredInclude(includeParam(target).value);
  }

  /** The provider clock a scenario pinned with "the token is timed by the provider's clock". */
  get providerNowSec(): number {
    const nowSec = this.tokens.providerNowSec;
    if (nowSec === undefined) throw new HarnessDefect('HARNESS_ERROR', 'a step needs the provider\'s clock before "the token is timed by the provider\'s clock" read it');
    return nowSec;
  }

  /** SLOT-13: every status asked for came back, when the target vouches it has slots of each. */
  expectStatusesRepresented(statuses: readonly string[]): void {
    const view = this.searchset();
    if (statuses.includes('busy') && this.target.config.oracle?.hasBusySlots !== true) {
      throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the target does not declare oracle.hasBusySlots');
    }
    expectSlotStatusesPresent(view, statuses);
  }
}
