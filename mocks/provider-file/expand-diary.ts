// A diary's slots: on each of its weekdays, back-to-back slots of `minutes` from `from` until `to`,
// in local time (the instants move with the zone's offset, so 08:00 stays 08:00 across BST).
// Relative diaries cover the mock's today to today + horizonDays and keep only slots after now and
// within the horizon; fixed ones cover their dates. Each slot carries its ordinal (counted from the
// first slot of the first day) so busy, channel and release patterns pick slots deterministically.
import type { DiaryDocument, SlotPattern, Weekday } from './provider-document.ts';
import { localDayOf, zoneClock } from './zoned-time.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const WEEKDAYS: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const DEFAULT_DIARY_ZONE = 'Europe/London';
export const DEFAULT_HORIZON_DAYS = 7;

export interface DiarySlot {
  readonly ordinal: number;
  readonly startMs: number;
  readonly endMs: number;
}

export function matchesPattern(pattern: SlotPattern, ordinal: number): boolean {
  const offset = pattern.offset ?? 0;
  return ordinal >= offset && (ordinal - offset) % pattern.every === 0;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function expandDiary(diary: DiaryDocument, nowMs: number): DiarySlot[] {
  const clock = zoneClock(diary.zone ?? DEFAULT_DIARY_ZONE);
  const horizonDays = diary.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const firstDay = diary.dates ? Date.parse(`${diary.dates.from}T00:00:00Z`) : localDayOf(clock, nowMs);
  const lastDay = diary.dates ? Date.parse(`${diary.dates.to}T00:00:00Z`) : firstDay + horizonDays * DAY_MS;
  const keep = diary.dates ? () => true : (startMs: number) => startMs > nowMs && startMs <= nowMs + horizonDays * DAY_MS;
  const from = minutesOf(diary.from);
  const perDay = Math.floor((minutesOf(diary.to) - from) / diary.minutes);
  const days = new Set(diary.days);
  const lengthMs = diary.minutes * MINUTE_MS;
  const slots: DiarySlot[] = [];
  let ordinal = 0;
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    if (!days.has(WEEKDAYS[new Date(day).getUTCDay()])) continue;
    const firstWall = day + from * MINUTE_MS;
    const lastWall = firstWall + (perDay - 1) * lengthMs;
    // One offset for the whole day unless the zone changes offset during the diary's hours.
    const first = clock.instantOf(firstWall);
    const last = clock.instantOf(lastWall);
    const steady = first !== undefined && last !== undefined && last - first === lastWall - firstWall ? firstWall - first : undefined;
    for (let n = 0; n < perDay; n++, ordinal++) {
      const wall = firstWall + n * lengthMs;
      const startMs = steady === undefined ? clock.instantOf(wall) : wall - steady;
      if (startMs === undefined || !keep(startMs)) continue;
      const endMs = steady === undefined ? (clock.instantOf(wall + lengthMs) ?? startMs + lengthMs) : startMs + lengthMs;
      slots.push({ ordinal, startMs, endMs });
    }
  }
  return slots;
}
