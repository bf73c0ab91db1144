// What each valid variant does, at the hook points the fault catalogue uses; the compiler insists
// every variant of MOCK_VARIANTS has an entry. Applied in the order of MOCK_VARIANTS, before any
// fault, so that a fault always acts on top of the variant it is combined with.
import type { ProviderConfig } from '../domain/provider-config.ts';
import { entriesOf, onSearchset, withEntries } from '../faults/searchset-transform.ts';
import { holdAll, holdNone } from './held-resources.ts';
import type { MockVariant } from './mock-variant.ts';
import { OUTCOME_ON_EMPTY, OUTCOME_ON_RESULTS } from './outcome-entries.ts';
import { pageSearchset } from './page-searchset.ts';
import { renameId, renameIds } from './rename-ids.ts';
import {
  includesFirst,
  mapSearchsetResources,
  reorderEntries,
  shuffled,
  slotsNewestFirst,
  withLastUpdated,
  withOptionalElements,
  withoutLastUpdated,
  withUnknownExtension,
} from './resource-transforms.ts';
import type { VariantBehaviour } from './variant-behaviour.ts';

function switches(changes: Partial<ProviderConfig>): VariantBehaviour {
  return { config: (config) => ({ ...config, ...changes }) };
}

export const VARIANT_BEHAVIOURS: Readonly<Record<MockVariant, VariantBehaviour>> = {
  'ids-uuid': { data: (data) => renameIds('uuid', data) },
  'ids-numeric': { data: (data) => renameIds('numeric', data) },
  'ids-dotted': { data: (data) => renameIds('dotted', data) },
  'appointment-ids-numeric': { appointmentId: (_body, assign) => () => renameId('numeric', 'Appointment', assign()) },
  'holds-none': { data: holdNone },
  'holds-all': { data: holdAll },
  'auth-401': switches({ authFailureStatus: 401 }),
  'auth-400': switches({ authFailureStatus: 400 }),
  'retry-replay': switches({ retryBehaviour: 'replay', updateRetryBehaviour: 'as-create' }),
  'retry-replay-create-only': switches({ retryBehaviour: 'replay', updateRetryBehaviour: 'conflict' }),
  'retry-replay-update-only': switches({ retryBehaviour: 'conflict', updateRetryBehaviour: 'replay' }),
  'unknown-service-200': switches({ unknownServiceStatus: 200 }),
  'slot-taken-409': switches({ slotTakenStatus: 409 }),
  'mismatch-412': switches({ mismatchStatus: 412 }),
  'missing-if-match-428': switches({ missingIfMatchStatus: 428 }),
  'unsupported-accept-406': switches({ unsupportedAcceptStatus: 406 }),
  'unknown-param-reject': switches({ unknownParamPolicy: 'reject' }),
  'outcome-when-filtered': switches({ outcomeWhenFiltered: true }),
  'service-token-system': switches({ acceptTokenSystem: true }),
  'service-logical-id': switches({ serviceValueMatch: 'identifierOrLogicalId' }),
  'newest-first': reorderEntries(slotsNewestFirst),
  'random-order': reorderEntries(shuffled),
  'includes-first': reorderEntries(includesFirst),
  'unknown-extensions': mapSearchsetResources(withUnknownExtension),
  'optional-elements': mapSearchsetResources(withOptionalElements),
  // Stamped with the search's own time, which the Bundle's meta carries.
  'meta-last-updated': onSearchset((bundle, ctx) => withEntries(bundle, entriesOf(bundle).map((entry) => ({ ...entry, resource: withLastUpdated(new Date(ctx.nowMs).toISOString())(entry.resource) })))),
  'no-meta-last-updated': mapSearchsetResources(withoutLastUpdated, withoutLastUpdated),
  'outcome-on-empty': OUTCOME_ON_EMPTY,
  'outcome-on-results': OUTCOME_ON_RESULTS,
  'total-omitted': onSearchset(({ total: _total, ...bundle }) => bundle),
  'paged-7': pageSearchset(7),
  'paged-25': pageSearchset(25),
  'paged-60': pageSearchset(60),
  'gzip-unasked': { transport: { gzipUnasked: true } },
};
