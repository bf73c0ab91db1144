// Writes an instant in FHIR `instant` form with a chosen zone designator, for search windows that
// say the same moment in different offsets (SLOT-16, TIME-03) and for date-precision values
// (SLOT-17). The instant itself never changes; only how it is written.

/** Zone designators the suite writes; `Z` and `+00:00` are both UTC (TIME-02). */
export type ZoneDesignator = 'Z' | '+00:00' | '+01:00' | '-05:00' | '+05:30';

export const ZONE_DESIGNATORS: readonly ZoneDesignator[] = ['Z', '+00:00', '+01:00', '-05:00', '+05:30'];

function offsetMinutes(zone: ZoneDesignator): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** `2026-03-16T10:00:00+01:00` for 09:00Z in `+01:00`; seconds precision, no fraction. */
export function formatInstant(ms: number, zone: ZoneDesignator = 'Z'): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes(zone) * 60_000).toISOString().slice(0, 19);
  return `${local}${zone}`;
}

/** The UTC calendar day of an instant, `YYYY-MM-DD` (a partial-precision search value). */
export function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC at the start of the day `ms` falls in. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / 86_400_000) * 86_400_000;
}
