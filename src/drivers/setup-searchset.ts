// A setup search read as a searchset, every page of it (SLOT-31). A search that does not answer
// a searchset is an inconclusive precondition of the scenario, not a failure of the obligation
// under test.
import type { AnsweredExchange } from '../client/exchange.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';
import { collectSearchset } from './follow-search-pages.ts';

export async function setupSearchset(ctx: DriverContext, exchange: AnsweredExchange, consumer: ConsumerIdentity, what: string): Promise<SearchsetView> {
  try {
    if (exchange.response.status !== 200) throw new Error(`the search answered ${exchange.response.status}`);
    return await collectSearchset(ctx, exchange, consumer);
  } catch (error) {
    if (error instanceof InconclusiveError) throw error;
    const reason = error instanceof ConformanceFailure ? error.reason : (error as Error).message;
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `${what}: ${reason}`, { exchangeId: exchange.id });
  }
}
