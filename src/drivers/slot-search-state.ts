// The slot search a scenario is building, and which search each sent exchange carried (so "every
// slot starts inside the requested window" can read the window of the exchange it checks), and the
// further pages of each paged search (SLOT-31).
import type { AnsweredExchange } from '../client/exchange.ts';
import type { SlotSearch } from '../client/slot-search.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';

export class SlotSearchState {
  #current: SlotSearch | undefined;
  #service: string | undefined;
  readonly #sent = new Map<string, SlotSearch>();
  readonly #pages = new Map<string, readonly AnsweredExchange[]>();

  begin(dosId: string, search: SlotSearch): void {
    this.#service = dosId;
    this.#current = search;
  }

  get current(): SlotSearch {
    if (!this.#current) throw new HarnessDefect('HARNESS_ERROR', 'a step changed or sent a slot search before "a slot search for …" set one up');
    return this.#current;
  }

  set current(search: SlotSearch) {
    this.#current = search;
  }

  /** The DoS id of the service the scenario searches. */
  get service(): string {
    if (this.#service === undefined) throw new HarnessDefect('HARNESS_ERROR', 'no slot search was set up, so there is no searched service');
    return this.#service;
  }

  recordSent(exchangeId: string, search: SlotSearch): void {
    this.#sent.set(exchangeId, search);
  }

  /** SLOT-31: the pages that followed the first page of a search (none when it was not paged). */
  recordPages(firstExchangeId: string, pages: readonly AnsweredExchange[]): void {
    this.#pages.set(firstExchangeId, pages);
  }

  pagesAfter(firstExchangeId: string): readonly AnsweredExchange[] {
    return this.#pages.get(firstExchangeId) ?? [];
  }

  sentWith(exchangeId: string): SlotSearch {
    const search = this.#sent.get(exchangeId);
    if (!search) throw new HarnessDefect('HARNESS_ERROR', `exchange ${exchangeId} was not a slot search`);
    return search;
  }
}
