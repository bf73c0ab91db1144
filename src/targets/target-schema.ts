// The JSON Schema of a target file. Unknown keys are refused so a typo (`withFreeSlot`) is an
// error naming the field, not a silently skipped scenario.
import { HELD_RESOURCE_TYPES } from './target-config.ts';

const dosId = { type: 'string', minLength: 1 } as const;
const statuses = { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 }, minItems: 1 } as const;
const bool = { type: 'boolean' } as const;
const retry = { enum: ['conflict', 'replay', 'either'] } as const;

function section(properties: Record<string, unknown>) {
  return { type: 'object', additionalProperties: false, properties } as const;
}

const lenient = section({
  auth: section({ failureStatuses: statuses, clockSkewSeconds: { type: 'integer', minimum: 0, maximum: 300 }, rfc6750Mode: bool }),
  slotSearch: section({
    unknownServiceStatuses: statuses,
    missingServiceStatuses: statuses,
    emptyBundleAllowsOutcome: bool,
    requireOutcomeWhenFiltered: bool,
    invertedWindowStatuses: statuses,
    noStatusMeansFree: bool,
    requireLocationAddress: bool,
  }),
  includes: section({ requireIterateEquivalence: bool }),
  bundle: section({ totalPolicy: { enum: ['matches', 'allEntries', 'optional'] }, allowUnreferencedIncludes: bool }),
  http: section({ unsupportedAcceptStatuses: statuses, requireEtag: bool, requireContentLocation: bool }),
  booking: section({
    slotTakenStatuses: statuses,
    unknownSlotStatuses: statuses,
    idInBodyStatuses: statuses,
    profileInvalidStatuses: statuses,
    invalidNhsNumberStatuses: statuses,
    duplicateRankStatuses: statuses,
    unreleasedSlotStatuses: statuses,
    requireVersionedLocation: bool,
  }),
  integrity: section({ retryBehaviour: retry, createRetryBehaviour: retry, updateRetryBehaviour: retry }),
  update: section({ mismatchStatuses: statuses, missingIfMatchStatuses: statuses, idMismatchStatuses: statuses }),
  read: section({ invalidParamStatuses: statuses }),
  query: section({ unknownParamPolicy: { enum: ['ignore', 'reject', 'either'] } }),
  errors: section({ requireOutcome: bool, detailsSystems: { type: 'array', items: { type: 'string' } }, requireSlotTakenShape: bool }),
  schedule: section({ hcsActor: { enum: ['exactlyOneMatchingQuery', 'atLeastOne', 'hcsOrLocation'] } }),
  healthcareService: section({ dosIdLocation: { enum: ['identifier', 'id', 'either'] } }),
  slot: section({ statusCodes: { enum: ['strict', 'stu3'] }, requireUuidIdentifier: bool }),
  profile: section({ requireIncludedMetaProfile: bool }),
});

export const TARGET_SCHEMA_ID = 'urn:booking-assurance:schema:target';

export const targetSchema = {
  $id: TARGET_SCHEMA_ID,
  type: 'object',
  additionalProperties: false,
  required: ['name', 'baseUrl', 'providerAsid', 'consumerAsid', 'services', 'consumers'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    baseUrl: { type: 'string', format: 'uri', pattern: '^https?://[^?#]*[^/?#]$' },
    sspPrefix: { type: 'string', format: 'uri', pattern: '^https?://' },
    providerAsid: { type: 'string', pattern: '^[0-9]{1,20}$' },
    consumerAsid: { type: 'string', pattern: '^[0-9]{1,20}$' },
    tls: {
      type: 'object',
      additionalProperties: false,
      required: ['cert', 'key'],
      properties: { cert: { type: 'string' }, key: { type: 'string' }, ca: { type: 'string' }, passphrase: { type: 'string' }, passphraseEnv: { type: 'string' } },
    },
    services: {
      type: 'object',
      additionalProperties: false,
      required: ['withFreeSlots'],
      properties: {
        withFreeSlots: dosId,
        withoutSlots: dosId,
        sharedSchedulePair: { type: 'array', items: dosId, minItems: 2, maxItems: 2 },
        multiSchedule: dosId,
        withWithheldSlots: dosId,
        withUnrecordedChannel: dosId,
        unknown: dosId,
      },
    },
    consumers: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'odsCode', 'name'],
        properties: {
          role: { enum: ['primary', 'restricted', 'unseen'] },
          odsCode: { type: 'string', minLength: 1 },
          name: { type: 'string', minLength: 1 },
          asid: { type: 'string', pattern: '^[0-9]{1,20}$' },
        },
      },
    },
    oracle: section({
      schedulesByService: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
      schedulesWithoutDeliveryChannel: { type: 'array', items: { type: 'string' } },
      hasBusySlots: bool,
      appointmentsOwnerOnly: bool,
      holds: { type: 'array', items: { enum: [...HELD_RESOURCE_TYPES] }, uniqueItems: true },
    }),
    search: section({
      horizonDays: { type: 'integer', minimum: 1, maximum: 60 },
      emptyWindow: { type: 'object', additionalProperties: false, required: ['fromDays', 'toDays'], properties: { fromDays: { type: 'number' }, toDays: { type: 'number' } } },
      maxPages: { type: 'integer', minimum: 1, maximum: 1000 },
    }),
    booking: section({
      slotsToProve: { type: 'integer', minimum: 1, maximum: 200 },
      idSampleSize: { type: 'integer', minimum: 2, maximum: 200 },
      raceConcurrency: { type: 'integer', minimum: 2, maximum: 200 },
      patientAppointments: { type: 'integer', minimum: 2, maximum: 200 },
    }),
    lenient,
    timeouts: section({ requestMs: { type: 'integer', minimum: 100 }, maxBodyBytes: { type: 'integer', minimum: 1024 } }),
    admin: { type: 'object', additionalProperties: false, required: ['origin'], properties: { origin: { type: 'string', format: 'uri' }, tokenEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } } },
    serverFailure: {
      type: 'object',
      additionalProperties: false,
      required: ['via', 'origin'],
      properties: { via: { enum: ['mock-chaos'] }, origin: { type: 'string', format: 'uri', pattern: '^https?://' } },
    },
  },
} as const;
