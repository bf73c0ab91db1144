// The catalogue of valid variants, the dual of the fault catalogue (mocks/faults/mock-fault.ts):
// each row is the mock playing one choice a conformant provider may make, names the catalogue row
// or FHIR rule that permits it, and says what a provider making it declares in its target file.
// The project's own tests prove the assurance suite passes every one of them with no failing
// scenario (test/suite/valid-variants.test.ts); VARIANT_BEHAVIOURS (variant-behaviours.ts) says how
// each one acts. Selectable with `npm run mock -- --variant <name>`.
import type { IdScheme } from './rename-ids.ts';

/** What a provider making the choice declares in its target file (the target-file fields). */
export interface VariantDeclaration {
  /** Section-3 alternatives, as under the target file's `lenient`. */
  readonly lenient?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** `oracle.holds`: the include resource types it holds. */
  readonly holds?: readonly ('Practitioner' | 'PractitionerRole' | 'Location' | 'Organization')[];
  /** Its logical ids follow this scheme (the target's oracle names its schedules by them). */
  readonly ids?: IdScheme;
}

type VariantRow = {
  /** The catalogue row or FHIR rule that permits the choice. */
  readonly permittedBy: string;
  readonly description: string;
  /** Why a real provider might make it. */
  readonly why: string;
  readonly declares?: VariantDeclaration;
};

const EVERY_HELD_TYPE = ['Practitioner', 'PractitionerRole', 'Location', 'Organization'] as const;

export const MOCK_VARIANTS = {
  // Logical ids (data)
  'ids-uuid': { permittedBy: 'FHIR STU3 id datatype', description: 'gives every resource a UUID as its logical id', why: 'its database keys are UUIDs and it exposes them as they are', declares: { ids: 'uuid' } },
  'ids-numeric': { permittedBy: 'FHIR STU3 id datatype', description: 'gives every resource a number as its logical id', why: 'its database keys are integer sequences', declares: { ids: 'numeric' } },
  'ids-dotted': { permittedBy: 'FHIR STU3 id datatype', description: 'gives every resource a logical id with dots and dashes (schedule.v2-schedule-1)', why: 'it namespaces ids by resource type and data version', declares: { ids: 'dotted' } },
  'appointment-ids-numeric': { permittedBy: 'FHIR STU3 id datatype; BOOK-25', description: 'numbers new appointments instead of giving them UUIDs', why: 'its appointment book numbers bookings from a sequence' },
  // What is held
  'holds-none': { permittedBy: 'SLOT-21; C-03', description: 'holds no Practitioner, PractitionerRole, Location or Organization, so those includes bring nothing', why: 'its diaries are kept per service, without clinician or site records', declares: { holds: [] } },
  'holds-all': { permittedBy: 'SLOT-20', description: 'names the clinician of every schedule as a Practitioner and a PractitionerRole, and gives every service a Location and an Organization', why: 'its rota system records who runs every session in which role', declares: { holds: EVERY_HELD_TYPE } },
  // Section-3 alternatives (switches)
  'auth-401': { permittedBy: 'C-04', description: 'answers every token failure with 401', why: 'it follows PAT, which says 401 for every JWT error', declares: { lenient: { auth: { failureStatuses: [401] } } } },
  'auth-400': { permittedBy: 'C-04', description: 'answers every token failure with 400', why: 'it reads a badly built JWT as a bad request, as UEC er_overview does', declares: { lenient: { auth: { failureStatuses: [400] } } } },
  'retry-replay': { permittedBy: 'C-08', description: 'answers a reused X-Request-ID with a replay of the original result, for bookings and cancels', why: 'replaying is the idempotency pattern its HTTP framework offers', declares: { lenient: { integrity: { retryBehaviour: 'replay' } } } },
  'retry-replay-create-only': { permittedBy: 'C-08', description: 'replays a retried booking but answers a retried cancel with 409', why: 'its booking endpoint is idempotent, its update endpoint is version-checked only', declares: { lenient: { integrity: { createRetryBehaviour: 'replay', updateRetryBehaviour: 'conflict' } } } },
  'retry-replay-update-only': { permittedBy: 'C-08', description: 'answers a retried booking with 409 but replays a retried cancel', why: 'it refuses duplicate bookings loudly yet treats a repeated cancel as done', declares: { lenient: { integrity: { createRetryBehaviour: 'conflict', updateRetryBehaviour: 'replay' } } } },
  'unknown-service-200': { permittedBy: 'C-05', description: 'answers a service id it does not know with an empty searchset', why: 'plain FHIR search semantics: no match is an empty Bundle', declares: { lenient: { slotSearch: { unknownServiceStatuses: [200] } } } },
  'slot-taken-409': { permittedBy: 'C-07', description: 'refuses a booking of a slot that is taken with 409', why: 'it follows UEC er_overview, which says 409 Conflict', declares: { lenient: { booking: { slotTakenStatuses: [409] } } } },
  'mismatch-412': { permittedBy: 'C-09', description: 'answers a stale If-Match with 412', why: 'base FHIR STU3 uses 412 for a failed precondition', declares: { lenient: { update: { mismatchStatuses: [412] } } } },
  'missing-if-match-428': { permittedBy: 'C-09', description: 'answers a cancel without If-Match with 428', why: 'FHIR R4 and RFC 6585 use 428 for a required precondition', declares: { lenient: { update: { missingIfMatchStatuses: [428] } } } },
  'unsupported-accept-406': { permittedBy: 'C-10', description: 'answers an unsupported Accept or _format with 406', why: 'HTTP content negotiation says 406 Not Acceptable', declares: { lenient: { http: { unsupportedAcceptStatuses: [406] } } } },
  'unknown-param-reject': { permittedBy: 'C-11', description: 'refuses search parameters it does not know with 400', why: 'it follows NBA and TKW, which expect 400 for an unsupported query', declares: { lenient: { query: { unknownParamPolicy: 'reject' } } } },
  'outcome-when-filtered': { permittedBy: 'C-06', description: 'says why in an outcome entry when release rules withheld every slot', why: 'UEC er_overview asks for the reason in OperationOutcome diagnostics', declares: { lenient: { slotSearch: { requireOutcomeWhenFiltered: true } } } },
  'service-token-system': { permittedBy: 'C-01', description: 'also accepts the service token as system|value and |value', why: 'its search engine implements FHIR token search in full' },
  'service-logical-id': { permittedBy: 'C-01', description: 'also matches the service token on the HealthcareService logical id', why: 'FHIR chaining on schedule.actor matches on the logical id' },
  // The searchset (free choices)
  'newest-first': { permittedBy: 'FHIR search: without _sort the order is the server\'s', description: 'returns the latest slots first', why: 'its diary index is sorted by descending start' },
  'random-order': { permittedBy: 'FHIR search: without _sort the order is the server\'s', description: 'returns entries in a different order on every search', why: 'it merges results of several diaries as they arrive' },
  'includes-first': { permittedBy: 'FHIR Bundle: entry order carries no meaning in a searchset', description: 'puts the included resources before the Slots', why: 'it writes the reference data it resolved before the matches' },
  'unknown-extensions': { permittedBy: 'FHIR extensibility (must-ignore); CAP-03', description: 'adds an extension of its own to every resource of a searchset', why: 'it carries local booking notes for its own clients' },
  'optional-elements': { permittedBy: 'FHIR STU3 optional elements', description: 'adds a generated narrative to every searchset resource, and comments to Slots and Schedules', why: 'its FHIR library generates narratives by default' },
  'meta-last-updated': { permittedBy: 'FHIR STU3 Meta.lastUpdated (0..1)', description: 'gives every searchset resource a meta.lastUpdated', why: 'it records when each record last changed' },
  'no-meta-last-updated': { permittedBy: 'FHIR STU3 Meta.lastUpdated (0..1)', description: 'sends no meta.lastUpdated on the searchset or its resources', why: 'its diary system keeps no change times' },
  'outcome-on-empty': { permittedBy: 'C-06; SLOT-29', description: 'adds an outcome-mode OperationOutcome entry, without fullUrl, to an empty searchset', why: 'it tells the user why nothing was found' },
  'outcome-on-results': { permittedBy: 'FHIR Bundle.entry.search.mode = outcome', description: 'adds an informational outcome-mode OperationOutcome entry to a searchset with Slots', why: 'it reports search statistics alongside the results' },
  'total-omitted': { permittedBy: 'C-27; FHIR Bundle.total (0..1)', description: 'leaves Bundle.total out', why: 'counting every match costs it a second query', declares: { lenient: { bundle: { totalPolicy: 'optional' } } } },
  'paged-7': { permittedBy: 'SLOT-31', description: 'pages its searchsets, 7 Slots a page, linked by next', why: 'it caps response size for slow links' },
  'paged-25': { permittedBy: 'SLOT-31', description: 'pages its searchsets, 25 Slots a page, linked by next', why: 'its FHIR server pages every search by default' },
  'paged-60': { permittedBy: 'SLOT-31', description: 'pages its searchsets, 60 Slots a page, linked by next', why: 'it pages only long results, so most searches fit one page' },
  // Transport
  'gzip-unasked': { permittedBy: 'RFC 7231 5.3.4 (no Accept-Encoding: any coding is acceptable); HTTP-08', description: 'gzips every response to a request that sends no Accept-Encoding', why: 'its gateway compresses everything it may' },
} as const satisfies Record<string, VariantRow>;

export type MockVariant = keyof typeof MOCK_VARIANTS;

/** What a provider making the variant's choice declares, if anything. */
export function declarationOf(variant: MockVariant): VariantDeclaration | undefined {
  const row: VariantRow = MOCK_VARIANTS[variant];
  return row.declares;
}

export function isMockVariant(name: string): name is MockVariant {
  return Object.hasOwn(MOCK_VARIANTS, name);
}

/**
 * Every variant at once, one choice where variants exclude each other (one id scheme, one order,
 * one page size, holding all, 401, replays); the same provider a supplier could well ship.
 */
export const COMBINED_VARIANT: readonly MockVariant[] = [
  'ids-dotted', 'appointment-ids-numeric', 'holds-all', 'auth-401', 'retry-replay-create-only', 'unknown-service-200',
  'slot-taken-409', 'mismatch-412', 'missing-if-match-428', 'unsupported-accept-406', 'unknown-param-reject',
  'outcome-when-filtered', 'service-token-system', 'service-logical-id', 'random-order', 'includes-first',
  'unknown-extensions', 'optional-elements', 'meta-last-updated', 'outcome-on-empty', 'outcome-on-results',
  'total-omitted', 'paged-25', 'gzip-unasked',
];
