// The slot-search vocabulary: the search being built, searches sent and read back as searchsets
// (every page of a paged search with them), the free slot found on the target, and the target's
// declared facts a search check needs (or a skip when it declares none).
import { expectSearchsetBundle } from '../../src/assertions/expect-searchset-bundle.ts';
import { expectSlotStatusesPresent } from '../../src/assertions/expect-slot-content.ts';
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import type { ZoneDesignator } from '../../src/client/format-instant.ts';
import { INCLUDED_TYPE, INCLUDE_TARGETS, includeParam } from '../../src/client/slot-includes.ts';
import { DEFAULT_SERVICE_PARAM, toSlotSearchPath, withStart, type SlotSearch } from '../../src/client/slot-search.ts';
import type { Route, TokenSpec } from '../../src/client/target-client.ts';
import { boundsAroundSlot, type BoundsPhrase } from '../../src/drivers/bounds-around-slot.ts';
import { findFreeSlot, type FoundSlot } from '../../src/drivers/find-free-slot.ts';
import { followSearchPages, readSearchPages } from '../../src/drivers/follow-search-pages.ts';
import { resolveService, type ServiceRole } from '../../src/drivers/service-roles.ts';
import { SlotSearchState } from '../../src/drivers/slot-search-state.ts';
import { searchsetObligations, type SearchsetView } from '../../src/fhir/searchset-view.ts';
import { HarnessDefect } from '../../src/verdict/harness-defect.ts';
import { ScenarioSkipped } from '../../src/verdict/scenario-skipped.ts';
import type { ScenarioContext } from './scenario-context.ts';

export class SlotSearches {
  readonly #context: ScenarioContext;
  readonly #state = new SlotSearchState();
  #foundSlot: FoundSlot | undefined;

  constructor(context: ScenarioContext) {
    this.#context = context;
  }

  // The search being built

  begin(dosId: string, search: SlotSearch): void {
    this.#state.begin(dosId, search);
  }

  get current(): SlotSearch {
    return this.#state.current;
  }

  set current(search: SlotSearch) {
    this.#state.current = search;
  }

  /** The DoS id of the service the scenario searches. */
  get service(): string {
    return this.#state.service;
  }

  /** The search an exchange carried (a step checks the window it asked for). */
  sentWith(exchangeId: string): SlotSearch {
    return this.#state.sentWith(exchangeId);
  }

  /** The current search, pointed at another service (which becomes the searched service). */
  switchService(role: ServiceRole): SlotSearch {
    const dosId = resolveService(this.#context.target, role);
    const current = this.#state.current;
    this.#state.begin(dosId, { ...current, service: { name: current.service?.name ?? DEFAULT_SERVICE_PARAM, value: dosId } });
    return this.#state.current;
  }

  /** The current search, its window bounded around the found slot, instants written in `zone`. */
  aroundFoundSlot(phrase: BoundsPhrase, zone: ZoneDesignator = 'Z'): SlotSearch {
    return withStart(this.#state.current, boundsAroundSlot(phrase, this.foundSlot.startMs, zone));
  }

  /** The resource types the current search's includes bring in. */
  includedTypes(): string[] {
    const sent = this.#state.current.includes.map((include) => include.value);
    return INCLUDE_TARGETS.filter((target) => sent.includes(includeParam(target).value)).map((target) => INCLUDED_TYPE[target]);
  }

  // Sending

  /** Sends a slot search the scenario will assert on, labelled for later comparison, and follows its pages. */
  async send(search: SlotSearch, label: string, options: { readonly route?: Route; readonly token?: TokenSpec } = {}): Promise<AnsweredExchange> {
    const exchange = await this.#context.exchanges.check({ interaction: 'slot-search', method: 'GET', path: toSlotSearchPath(search), label, ...options });
    this.#state.recordSent(exchange.id, search);
    this.#state.recordPages(exchange.id, await followSearchPages(this.#context, exchange));
    return exchange;
  }

  async findFreeSlot(): Promise<FoundSlot> {
    this.#foundSlot = await findFreeSlot(this.#context, this.#state.service);
    return this.#foundSlot;
  }

  get foundSlot(): FoundSlot {
    if (!this.#foundSlot) throw new HarnessDefect('HARNESS_ERROR', 'a step used "that slot" before "a free slot of the searched service" found one');
    return this.#foundSlot;
  }

  // Reading answers as searchsets (each read counts the exchange as asserted on)

  /** A search's answer and every page after it, as one searchset (SLOT-25 and the scenario's obligations fail if it is not one). */
  #searchsetOf(exchange: AnsweredExchange): SearchsetView {
    return readSearchPages(exchange, this.#state.pagesAfter(exchange.id), searchsetObligations(this.#context.obligations));
  }

  /** SLOT-25 on every page of the latest search (SLOT-31: each page passes the searchset checks). */
  searchsetBundle(first: AnsweredExchange = this.#context.exchanges.lastResponse(), obligations: readonly string[] = this.#context.obligations): SearchsetView {
    for (const page of [first, ...this.#state.pagesAfter(first.id)]) expectSearchsetBundle(page, this.#context.warn, obligations);
    return readSearchPages(first, this.#state.pagesAfter(first.id), searchsetObligations(obligations));
  }

  /** The latest response read as a searchset (SLOT-25 and the scenario's obligations fail if it is not one). */
  searchset(): SearchsetView {
    return this.#searchsetOf(this.#context.exchanges.lastResponse());
  }

  searchsetLabelled(label: string): SearchsetView {
    return this.#searchsetOf(this.#context.exchanges.responseLabelled(label));
  }

  lastSearchsets(count: number): SearchsetView[] {
    return this.#context.exchanges.lastResponses(count).map((exchange) => this.#searchsetOf(exchange));
  }

  lastTwoSearchsets(): [SearchsetView, SearchsetView] {
    const [first, second] = this.lastSearchsets(2);
    return [first, second];
  }

  // What the target declares about the searched service

  /** The schedules the target says the searched service maps to, if it says. */
  mappedSchedules(): readonly string[] | undefined {
    return this.#context.target.config.oracle?.schedulesByService?.[this.#state.service];
  }

  schedulesWithoutChannel(): readonly string[] {
    const schedules = this.#context.target.config.oracle?.schedulesWithoutDeliveryChannel;
    if (!schedules || schedules.length === 0) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the target declares no oracle.schedulesWithoutDeliveryChannel');
    return schedules;
  }

  /** SLOT-13: every status asked for came back, when the target vouches it has slots of each. */
  expectStatusesRepresented(statuses: readonly string[]): void {
    const view = this.searchset();
    if (statuses.includes('busy') && this.#context.target.config.oracle?.hasBusySlots !== true) {
      throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the target does not declare oracle.hasBusySlots');
    }
    expectSlotStatusesPresent(view, statuses);
  }
}
