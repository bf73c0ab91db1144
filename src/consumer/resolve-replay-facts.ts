// Which provider a replayed HAR is judged against. Each source fills what it knows, the later ones
// winning: the facts the mock wrote into its own export, a named built-in fixture, a provider file,
// an identities file, then the command-line flags. The base URL is inferred from the request URLs
// when nothing gives it. What stays unknown is not guessed: those identity checks are then
// "not testable here" with the reason (see identityGaps), never failed against someone else's ids.
import { STRICT_SLOT_INTERACTION_IDS } from '../../mocks/domain/judge/judge-context.ts';
import { FIXTURES, isFixtureName } from '../../mocks/fixtures/fixture-registry.ts';
import type { LoadedProvider } from '../../mocks/provider-file/load-provider-file.ts';
import type { HarProviderFacts } from './har-types.ts';
import { inferBaseUrl } from './infer-base-url.ts';
import type { StreamedHar } from './parse-har.ts';
import { providerFactsOf } from './provider-facts-of.ts';
import type { ReplayIdentities } from './replay-identities.ts';

export interface ReplayOptions {
  /** A built-in provider by name (`default`, `f1`): the HAR was recorded against that mock. */
  readonly fixture?: string;
  /** The provider file of the provider the HAR was captured against. */
  readonly provider?: LoadedProvider;
  /** From an identities file. */
  readonly identities?: ReplayIdentities;
  /** From the flags (`--base-url`, `--provider-asid`, `--consumer`). */
  readonly baseUrl?: string;
  readonly providerAsid?: string;
  readonly consumers?: ReplayIdentities['consumers'];
}

export class ReplaySetupError extends Error {
  readonly code = 'REPLAY_SETUP';
}

type Known = Partial<HarProviderFacts>;

function fromIdentities(identities: ReplayIdentities | undefined): Known {
  if (!identities) return {};
  const { baseUrl, providerAsid, consumers, serviceIds } = identities;
  return {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(providerAsid === undefined ? {} : { providerAsid }),
    ...(consumers === undefined ? {} : { consumers }),
    ...(serviceIds === undefined ? {} : { serviceIds }),
  };
}

function fromProvider(provider: LoadedProvider | undefined): Known {
  if (!provider) return {};
  const { baseUrl: _none, ...facts } = providerFactsOf(provider.build(0), 'http://unused', STRICT_SLOT_INTERACTION_IDS);
  return facts;
}

function fromFixture(fixture: string | undefined): Known {
  if (fixture === undefined) return {};
  if (!isFixtureName(fixture)) throw new ReplaySetupError(`Unknown fixture ${JSON.stringify(fixture)}; known: ${Object.keys(FIXTURES).join(', ')}`);
  return fromProvider(FIXTURES[fixture]);
}

export function resolveReplayFacts(har: StreamedHar, options: ReplayOptions = {}): HarProviderFacts {
  const known: Known = {
    ...har.provider,
    ...fromFixture(options.fixture),
    ...fromProvider(options.provider),
    ...fromIdentities(options.identities),
    ...fromIdentities({
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.providerAsid === undefined ? {} : { providerAsid: options.providerAsid }),
      ...(options.consumers === undefined || options.consumers.length === 0 ? {} : { consumers: options.consumers }),
    }),
  };
  const baseUrl = known.baseUrl ?? inferBaseUrl(har.urls);
  if (baseUrl === undefined) {
    throw new ReplaySetupError('The provider base URL cannot be inferred from the HAR (no request to metadata, Slot or Appointment); pass --base-url');
  }
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(known.providerAsid === undefined ? {} : { providerAsid: known.providerAsid }),
    consumers: known.consumers ?? [],
    serviceIds: known.serviceIds ?? [],
    acceptedSlotInteractionIds: known.acceptedSlotInteractionIds ?? STRICT_SLOT_INTERACTION_IDS,
  };
}
