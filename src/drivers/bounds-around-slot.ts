// Start bounds placed around one known slot, to probe SLOT-15 (prefixes, inclusive `le`, overlap
// does not count), SLOT-17 (a date means its whole day) and, written in another offset, SLOT-16 and
// TIME-03: bounds tied to a real slot's start give a provider that ignores the offset a different
// answer at any time of day, where a window tied to "now" may fall in hours without slots.
// The phrases are the `{bounds}` pattern.
import { formatInstant, formatUtcDate, startOfUtcDay, type ZoneDesignator } from '../client/format-instant.ts';
import type { StartBound } from '../client/slot-search.ts';
import { rewriteBounds } from './search-windows.ts';

const DAY_MS = 86_400_000;
const at = (ms: number) => formatInstant(ms);

export const BOUNDS_AROUND_SLOT = {
  "on that slot's start": (s) => [{ prefix: 'ge', value: at(s) }, { prefix: 'le', value: at(s) }],
  "after that slot's start": (s) => [{ prefix: 'gt', value: at(s) }, { prefix: 'le', value: at(s + DAY_MS) }],
  "before that slot's start": (s) => [{ prefix: 'ge', value: at(s - DAY_MS) }, { prefix: 'lt', value: at(s) }],
  "from ten minutes after that slot's start": (s) => [{ prefix: 'ge', value: at(s + 600_000) }, { prefix: 'le', value: at(s + DAY_MS) }],
  "up to that slot's day written as a date": (s) => [{ prefix: 'ge', value: at(s) }, { prefix: 'le', value: formatUtcDate(s) }],
  "up to the end of that slot's day as an instant": (s) => [{ prefix: 'ge', value: at(s) }, { prefix: 'lt', value: at(startOfUtcDay(s) + DAY_MS) }],
} as const satisfies Record<string, (startMs: number) => readonly StartBound[]>;

export type BoundsPhrase = keyof typeof BOUNDS_AROUND_SLOT;
export const BOUNDS_PHRASES = Object.keys(BOUNDS_AROUND_SLOT) as readonly BoundsPhrase[];

/** The bounds of `phrase` around a slot starting at `startMs`, their instants written in `zone`. */
export function boundsAroundSlot(phrase: BoundsPhrase, startMs: number, zone: ZoneDesignator = 'Z'): readonly StartBound[] {
  return rewriteBounds(BOUNDS_AROUND_SLOT[phrase](startMs), zone);
}
