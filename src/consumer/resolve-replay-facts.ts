// Which provider a replayed HAR is judged against: the facts the mock wrote into its own export, or
// else a named fixture's (ASIDs, consumers, DoS service ids) with the base URL inferred from the
// request URLs. Command-line values override either.
import { FIXTURES, isFixtureName } from '../../mocks/fixtures/fixture-registry.ts';
import { STRICT_SLOT_INTERACTION_IDS } from '../../mocks/domain/judge/judge-context.ts';
import type { HarProviderFacts } from './har-types.ts';
import { inferBaseUrl } from './infer-base-url.ts';
import type { ParsedHar } from './parse-har.ts';
import { providerFactsOf } from './provider-facts-of.ts';

export interface ReplayOptions {
  readonly fixture?: string;
  readonly baseUrl?: string;
  readonly providerAsid?: string;
}

export class ReplaySetupError extends Error {
  readonly code = 'REPLAY_SETUP';
}

export function resolveReplayFacts(har: ParsedHar, options: ReplayOptions = {}): HarProviderFacts {
  const fixture = options.fixture ?? 'default';
  if (!isFixtureName(fixture)) throw new ReplaySetupError(`Unknown fixture ${JSON.stringify(fixture)}; known: ${Object.keys(FIXTURES).join(', ')}`);
  const baseUrl = options.baseUrl ?? har.provider?.baseUrl ?? inferBaseUrl(har.urls);
  if (baseUrl === undefined) {
    throw new ReplaySetupError('The provider base URL cannot be inferred from the HAR (no request to metadata, Slot or Appointment); pass --base-url');
  }
  const facts = har.provider ?? providerFactsOf(FIXTURES[fixture].build(0), baseUrl, STRICT_SLOT_INTERACTION_IDS);
  return {
    ...facts,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(options.providerAsid === undefined ? {} : { providerAsid: options.providerAsid }),
  };
}
