// Local wall-clock time in an IANA zone → the instant, with Node's own Intl (no library needed):
// the zone's offset at an instant is read from Intl.DateTimeFormat, and a wall time is resolved by
// iterating on that offset, so diaries keep their local hours across the BST changes. A wall time
// the zone skips (spring forward) has no instant; one it repeats (fall back) resolves to one of the two.

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface ZoneClock {
  /** Offset of the zone from UTC at an instant, in ms (Europe/London in summer: 3,600,000). */
  offsetAt(instantMs: number): number;
  /** The instant of a wall-clock time given as if it were UTC ms; undefined when the zone skips it. */
  instantOf(wallMs: number): number | undefined;
}

export function zoneClock(zone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const offsetAt = (instantMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instantMs)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return wall - Math.floor(instantMs / 1000) * 1000;
  };
  const instantOf = (wallMs: number): number | undefined => {
    let instant = wallMs - offsetAt(wallMs);
    const offset = offsetAt(instant);
    instant = wallMs - offset;
    return instant + offsetAt(instant) === wallMs ? instant : undefined;
  };
  return { offsetAt, instantOf };
}

/** The local calendar day (as UTC-midnight ms) an instant falls on in the zone. */
export function localDayOf(clock: ZoneClock, instantMs: number): number {
  const wall = instantMs + clock.offsetAt(instantMs);
  return Math.floor(wall / 86_400_000) * 86_400_000;
}
