// The parsed form of a Slot search query string: what parseSlotQuery produces and every later slot
// search rule (searchSlots, explainSlotSearch, toSearchsetBundle) consumes.

/** STU3 SlotStatus codes: the only values a `status` search value may carry (SLOT-14). */
export const SLOT_STATUS_CODES = ['busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'] as const;
export type SlotStatusCode = (typeof SLOT_STATUS_CODES)[number];

/** Every include the mock resolves, in the canonical spelling (SLOT-20, C-03). */
export const INCLUDE_TARGETS = [
  'Slot:schedule',
  'Schedule:actor:HealthcareService',
  'Schedule:actor:Practitioner',
  'Schedule:actor:PractitionerRole',
  'Schedule:actor:Location',
  'HealthcareService:location',
  'HealthcareService:organization',
] as const;
export type IncludeTarget = (typeof INCLUDE_TARGETS)[number];

/** A (name, value) pair of the decoded query string, in request order. */
export type QueryParam = readonly [name: string, value: string];

/**
 * The window on `Slot.start`, inclusive at both ends, in epoch milliseconds. A missing bound is
 * -Infinity / +Infinity; `fromMs > toMs` is an inverted window (C-25: 200 with no entries).
 */
export interface StartWindow {
  readonly fromMs: number;
  readonly toMs: number;
  /** An explicit lower bound was sent (`ge`, `gt` or `eq`); SLOT-18 needs to know. */
  readonly hasLowerBound: boolean;
  readonly hasUpperBound: boolean;
}

/** Something the parser accepted although a strict consumer would not have sent it. */
export interface QueryLeniency {
  /**
   * `plus-decoded-as-space`: a `start` offset `+` arrived as a space (SLOT-04).
   * `token-system`: the service token carried a `system|` part (C-01 lenient).
   */
  readonly code: 'plus-decoded-as-space' | 'token-system';
  readonly param: string;
  readonly value: string;
}

export interface SlotQuery {
  /** The bare service token value (C-01: a DoS service id, or an ASID under C-02 lenient). */
  readonly serviceId: string;
  /** The parameter name the service id arrived under (one of `serviceParamNames`). */
  readonly serviceParam: string;
  /** Statuses to return; undefined when no `status` was sent (C-38: any status). */
  readonly statuses?: readonly SlotStatusCode[];
  readonly window: StartWindow;
  /** Normalised include targets, in INCLUDE_TARGETS order, without duplicates. */
  readonly includes: readonly IncludeTarget[];
  /** Parameters with a name the mock does not know (C-11), in request order. */
  readonly unknownParams: readonly QueryParam[];
  /** Parameters actually applied, in request order, for the Bundle self link (C-11). */
  readonly applied: readonly QueryParam[];
  readonly leniencies: readonly QueryLeniency[];
}
