// SLOT-31: a provider may page its searchset (`link` relation `next`). One path collects every
// page of a slot search, for the scenario's own searches and for the drivers' setup searches alike:
// it follows `next` from the first page until there is none, at most `search.maxPages` pages, and
// every page's exchange is recorded as evidence. The horizon (`search.horizonDays`) bounds the
// window each search asks for, so the pages to follow are bounded by it too. A search cut short by
// the page bound cannot be judged as a whole: that is inconclusive, never the target's failure.
import type { AnsweredExchange } from '../client/exchange.ts';
import { readSearchset, mergePages, type SearchsetView } from '../fhir/searchset-view.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';

export const DEFAULT_MAX_PAGES = 50;

/** The `next` link of a page that answered 200 with a Bundle, if any. */
export function nextLinkOf(exchange: AnsweredExchange): string | undefined {
  // Most searchsets are not paged: no need to parse them a second time to find that out.
  if (exchange.response.status !== 200 || !exchange.response.bodyText.includes('"next"')) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(exchange.response.bodyText);
  } catch {
    return undefined;
  }
  const links = (body as { resourceType?: unknown; link?: unknown }).link;
  if ((body as { resourceType?: unknown }).resourceType !== 'Bundle' || !Array.isArray(links)) return undefined;
  const next = (links as { relation?: unknown; url?: unknown }[]).find((link) => link.relation === 'next');
  return typeof next?.url === 'string' && next.url !== '' ? next.url : undefined;
}

/** The path of a `next` URL relative to the service root (the SSP prefix, if the URL carries it, dropped). */
export function pathUnderRoot(url: string, baseUrl: string, sspPrefix: string | undefined): string | undefined {
  const root = baseUrl.replace(/\/+$/, '');
  const ssp = sspPrefix?.replace(/\/+$/, '');
  const candidates = [url, ...(ssp !== undefined && url.startsWith(`${ssp}/`) ? [url.slice(ssp.length + 1)] : [])];
  const direct = candidates.find((candidate) => candidate.startsWith(`${root}/`) || candidate.startsWith(`${root}?`));
  return direct === undefined ? undefined : direct.slice(root.length);
}

/** The pages after `first`, in order (none when the provider does not page). */
export async function followSearchPages(ctx: DriverContext, first: AnsweredExchange, consumer: ConsumerIdentity = ctx.consumer): Promise<AnsweredExchange[]> {
  const maxPages = ctx.target.config.search?.maxPages ?? DEFAULT_MAX_PAGES;
  const pages: AnsweredExchange[] = [];
  let next = nextLinkOf(first);
  while (next !== undefined) {
    const previous = pages.at(-1) ?? first;
    if (pages.length + 1 >= maxPages) {
      throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `the search has more than search.maxPages (${maxPages}) pages, so its results cannot be judged as a whole`, { obligations: ['SLOT-31'], exchangeId: previous.id });
    }
    const path = pathUnderRoot(next, ctx.target.config.baseUrl, ctx.target.config.sspPrefix);
    if (path === undefined) {
      throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `the next link ${next} is not under the service root ${ctx.target.config.baseUrl}, so the harness does not follow it`, { obligations: ['SLOT-31'], exchangeId: previous.id });
    }
    const page = await ctx.client.send({ interaction: 'slot-search', method: 'GET', path, purpose: 'setup', label: `${first.label} (page ${pages.length + 2})`, consumer });
    pages.push(page);
    next = nextLinkOf(page);
  }
  return pages;
}

/** Every page of a search read as one searchset (a page that is no searchset fails as the first would). */
export function readSearchPages(first: AnsweredExchange, pages: readonly AnsweredExchange[], obligations?: readonly string[]): SearchsetView {
  return mergePages([first, ...pages].map((exchange) => readSearchset(exchange, obligations)));
}

/** A setup search and every page after it, as one searchset. */
export async function collectSearchset(ctx: DriverContext, first: AnsweredExchange, consumer: ConsumerIdentity = ctx.consumer): Promise<SearchsetView> {
  return readSearchPages(first, await followSearchPages(ctx, first, consumer));
}
