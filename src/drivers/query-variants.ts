// Query-string variants of a slot search: malformed values of known parameters (SLOT-35), extra
// parameters a provider must ignore or tolerate (SLOT-06, SLOT-21, SLOT-24), and the names of the
// service parameter (C-01). The phrases are step vocabulary (`{malformedValue}`, `{extraParam}`,
// `{serviceParamName}`).
import { formatInstant } from '../client/format-instant.ts';
import { withExtra, withStatus, type SlotSearch } from '../client/slot-search.ts';

// SLOT-35: the catalogue's malformed variants.
export const MALFORMED_VALUES = {
  'a start that is not a date': (search) => withExtra(search, [['start', 'geNOTADATE']]),
  'a start with an unknown prefix': (search) => withExtra(search, [['start', 'xx2026-01-01']]),
  'an empty status': (search) => withExtra(withStatus(search, undefined), [['status', '']]),
} as const satisfies Record<string, (search: SlotSearch) => SlotSearch>;

export type MalformedValue = keyof typeof MALFORMED_VALUES;
export const MALFORMED_VALUE_NAMES = Object.keys(MALFORMED_VALUES) as readonly MalformedValue[];

export const EXTRA_PARAMS = {
  // SLOT-06 / C-11: unknown names are ignored; `end` is not a parameter of this API (C-25).
  'an unknown parameter foo=bar': () => [['foo', 'bar']],
  'an end parameter one hour from now': (nowMs) => [['end', `le${formatInstant(nowMs + 3_600_000)}`]],
  // SLOT-21: a real STU3 include the Booking API does not define.
  'an include the API does not define': () => [['_include', 'HealthcareService:endpoint']],
  // SLOT-24: never fail on _revinclude.
  'a _revinclude of everything': () => [['_revinclude', '*']],
} as const satisfies Record<string, (nowMs: number) => readonly (readonly [string, string])[]>;

export type ExtraParam = keyof typeof EXTRA_PARAMS;
export const EXTRA_PARAM_NAMES = Object.keys(EXTRA_PARAMS) as readonly ExtraParam[];

export function withExtraParam(search: SlotSearch, name: ExtraParam, nowMs: number): SlotSearch {
  const pairs: (nowMs: number) => readonly (readonly [string, string])[] = EXTRA_PARAMS[name];
  return withExtra(search, pairs(nowMs));
}

export function withMalformedValue(search: SlotSearch, name: MalformedValue): SlotSearch {
  const change: (search: SlotSearch) => SlotSearch = MALFORMED_VALUES[name];
  return change(search);
}

// C-01 strict: both names must be accepted.
export const SERVICE_PARAM_NAMES: readonly string[] = ['schedule.actor:healthcareservice', 'service'];
