// What the suite accepts where the sources disagree (obligations catalogue, section 3). Every key
// defaults to the strict reading; a target file may relax it under `lenient` using the catalogue's
// own key names. A few keys have no catalogue name and are ours: `slot.statusCodes` (SLOT-14's
// lenient set), `slot.requireUuidIdentifier` (2.13 Slot) and `profile.requireIncludedMetaProfile`
// (PROF-01's lenient reading), plus `slotSearch.missingServiceStatuses` (the 2.12.2 matrix row).
// The booking keys named after a 2.12.2 matrix row are ours too: `booking.profileInvalidStatuses`,
// `booking.invalidNhsNumberStatuses`, `booking.duplicateRankStatuses`, `booking.unreleasedSlotStatuses`,
// `update.idMismatchStatuses`, plus `booking.requireVersionedLocation` (BOOK-22's TKW reading) and
// `read.invalidParamStatuses` (READ-07's lenient reading).

export type TotalPolicy = 'matches' | 'allEntries' | 'optional';
export type UnknownParamPolicy = 'ignore' | 'reject' | 'either';
export type HcsActorPolicy = 'exactlyOneMatchingQuery' | 'atLeastOne' | 'hcsOrLocation';
export type DosIdLocation = 'identifier' | 'id' | 'either';
export type RetryBehaviour = 'conflict' | 'replay' | 'either';

export interface ConformancePolicy {
  readonly auth: {
    /** C-04 */ readonly failureStatuses: readonly number[];
    /** C-30 */ readonly clockSkewSeconds: number;
    /** C-04: also require `WWW-Authenticate: Bearer error="…"`. */ readonly rfc6750Mode: boolean;
  };
  readonly slotSearch: {
    /** C-05 */ readonly unknownServiceStatuses: readonly number[];
    /** SLOT-10: status for a search without the service parameter (matrix: 400, lenient 404). */ readonly missingServiceStatuses: readonly number[];
    /** C-06 */ readonly emptyBundleAllowsOutcome: boolean;
    /** C-06 */ readonly requireOutcomeWhenFiltered: boolean;
    /** C-25 */ readonly invertedWindowStatuses: readonly number[];
    /** C-38 */ readonly noStatusMeansFree: boolean;
    /** C-35 */ readonly requireLocationAddress: boolean;
  };
  readonly includes: { /** C-03 */ readonly requireIterateEquivalence: boolean };
  readonly bundle: {
    /** C-27 */ readonly totalPolicy: TotalPolicy;
    /** C-28 */ readonly allowUnreferencedIncludes: boolean;
  };
  readonly http: {
    /** C-10 */ readonly unsupportedAcceptStatuses: readonly number[];
    /** C-40 */ readonly requireEtag: boolean;
    /** C-40 */ readonly requireContentLocation: boolean;
  };
  readonly booking: {
    /** C-07 */ readonly slotTakenStatuses: readonly number[];
    /** C-36 */ readonly unknownSlotStatuses: readonly number[];
    /** C-36 */ readonly idInBodyStatuses: readonly number[];
    /** BOOK-18 (matrix: 422, lenient 400) */ readonly profileInvalidStatuses: readonly number[];
    /** BOOK-29 (matrix: 422, lenient 400) */ readonly invalidNhsNumberStatuses: readonly number[];
    /** PROF-12 (matrix: 422, lenient 400 as TKW expects) */ readonly duplicateRankStatuses: readonly number[];
    /** SLOT-08 / HB-08 (matrix: 422, lenient 403) */ readonly unreleasedSlotStatuses: readonly number[];
    /** BOOK-22: Location names the version (lenient: TKW's `^https://.+/Appointment/.+$`). */ readonly requireVersionedLocation: boolean;
  };
  readonly integrity: {
    /** C-08, for both; a shorthand the two keys below override. */ readonly retryBehaviour: RetryBehaviour;
    /** C-08 for a retried booking (XTI-05). */ readonly createRetryBehaviour: RetryBehaviour;
    /** C-08 for a retried cancel (CAN-11). */ readonly updateRetryBehaviour: RetryBehaviour;
  };
  readonly update: {
    /** C-09 */ readonly mismatchStatuses: readonly number[];
    /** C-09 */ readonly missingIfMatchStatuses: readonly number[];
    /** CAN-12 (matrix: 400, lenient 422) */ readonly idMismatchStatuses: readonly number[];
  };
  readonly read: { /** READ-07: a malformed parameter on read (lenient: ignored, 200). */ readonly invalidParamStatuses: readonly number[] };
  readonly query: { /** C-11 */ readonly unknownParamPolicy: UnknownParamPolicy };
  readonly errors: {
    /** C-34 */ readonly requireOutcome: boolean;
    /** C-12: systems allowed in `issue.details.coding.system`. */ readonly detailsSystems: readonly string[];
    /** BOOK-17 / C-07: the slot-taken refusal has the exact PAT/TKW shape (catalogue 4.3). */ readonly requireSlotTakenShape: boolean;
  };
  readonly schedule: { /** C-13 */ readonly hcsActor: HcsActorPolicy };
  readonly healthcareService: { /** C-14 */ readonly dosIdLocation: DosIdLocation };
  readonly slot: {
    /** SLOT-14: `strict` = free|busy, `stu3` = every STU3 SlotStatus. */ readonly statusCodes: 'strict' | 'stu3';
    /** SLOT-32 / 2.13 Slot: the identifier value is a UUID (lenient: any string). */ readonly requireUuidIdentifier: boolean;
  };
  readonly profile: { /** PROF-01: meta.profile also on included non-Slot resources. */ readonly requireIncludedMetaProfile: boolean };
}

/** What a target file may set: any subset of the policy. */
export type LenientConfig = { readonly [K in keyof ConformancePolicy]?: Partial<ConformancePolicy[K]> };

// C-12: the four systems the sources use.
export const KNOWN_DETAILS_SYSTEMS: readonly string[] = [
  'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1',
  'https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1',
  'http://hl7.org/fhir/issue-type',
  'http://hl7.org/fhir/operation-outcome',
];

export const STRICT_POLICY: ConformancePolicy = {
  auth: { failureStatuses: [403], clockSkewSeconds: 0, rfc6750Mode: false },
  slotSearch: {
    unknownServiceStatuses: [404],
    missingServiceStatuses: [400],
    emptyBundleAllowsOutcome: true,
    requireOutcomeWhenFiltered: false,
    invertedWindowStatuses: [200],
    noStatusMeansFree: false,
    requireLocationAddress: true,
  },
  includes: { requireIterateEquivalence: true },
  bundle: { totalPolicy: 'matches', allowUnreferencedIncludes: false },
  http: { unsupportedAcceptStatuses: [415], requireEtag: true, requireContentLocation: false },
  booking: {
    slotTakenStatuses: [422],
    unknownSlotStatuses: [422],
    idInBodyStatuses: [201],
    profileInvalidStatuses: [422],
    invalidNhsNumberStatuses: [422],
    duplicateRankStatuses: [422],
    unreleasedSlotStatuses: [422],
    requireVersionedLocation: true,
  },
  integrity: { retryBehaviour: 'conflict', createRetryBehaviour: 'conflict', updateRetryBehaviour: 'conflict' },
  update: { mismatchStatuses: [409], missingIfMatchStatuses: [412], idMismatchStatuses: [400] },
  read: { invalidParamStatuses: [400] },
  query: { unknownParamPolicy: 'ignore' },
  errors: { requireOutcome: true, detailsSystems: KNOWN_DETAILS_SYSTEMS, requireSlotTakenShape: true },
  schedule: { hcsActor: 'exactlyOneMatchingQuery' },
  healthcareService: { dosIdLocation: 'identifier' },
  slot: { statusCodes: 'strict', requireUuidIdentifier: true },
  profile: { requireIncludedMetaProfile: true },
};

export function resolvePolicy(lenient: LenientConfig = {}): ConformancePolicy {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(STRICT_POLICY) as (keyof ConformancePolicy)[]) {
    merged[key] = { ...STRICT_POLICY[key], ...lenient[key] };
  }
  // C-08: `retryBehaviour` is the shorthand for both interactions; a specific key wins over it.
  const shorthand = lenient.integrity?.retryBehaviour;
  if (shorthand !== undefined) {
    merged.integrity = { createRetryBehaviour: shorthand, updateRetryBehaviour: shorthand, ...lenient.integrity };
  }
  return merged as unknown as ConformancePolicy;
}
