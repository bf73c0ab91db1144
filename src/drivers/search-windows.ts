// The start windows a scenario can search over, relative to now: the whole horizon, a window
// entirely in the past (SLOT-18), one that starts in the past (allowed), an inverted one (C-25),
// and the target's declared empty window (SLOT-29). The phrases are the `{window}` pattern.
import { formatInstant, type ZoneDesignator } from '../client/format-instant.ts';
import type { StartBound } from '../client/slot-search.ts';
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

const DAY_MS = 86_400_000;

type WindowRule = (nowMs: number, target: ResolvedTarget) => readonly [fromMs: number, toMs: number];

export const SEARCH_WINDOWS = {
  'the search horizon': (now, target) => [now, now + target.horizonDays * DAY_MS],
  'a window entirely in the past': (now) => [now - 2 * DAY_MS, now - DAY_MS],
  'a window that starts in the past': (now) => [now - DAY_MS, now + DAY_MS],
  'an inverted window': (now) => [now + 2 * DAY_MS, now + DAY_MS],
  'the declared empty window': (now, target) => {
    const window = target.config.search?.emptyWindow;
    if (!window) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', 'the target declares no search.emptyWindow');
    return [now + window.fromDays * DAY_MS, now + window.toDays * DAY_MS];
  },
} as const satisfies Record<string, WindowRule>;

export type WindowName = keyof typeof SEARCH_WINDOWS;
export const WINDOW_NAMES = Object.keys(SEARCH_WINDOWS) as readonly WindowName[];

/** `start=ge<from>&start=le<to>`, written in `zone`. */
export function windowBounds(name: WindowName, nowMs: number, target: ResolvedTarget, zone: ZoneDesignator = 'Z'): readonly StartBound[] {
  const rule: WindowRule = SEARCH_WINDOWS[name];
  const [fromMs, toMs] = rule(nowMs, target);
  return [{ prefix: 'ge', value: formatInstant(fromMs, zone) }, { prefix: 'le', value: formatInstant(toMs, zone) }];
}

/** The same bounds, each instant rewritten in another zone (SLOT-16, TIME-03); a date has no zone and stays as it is. */
export function rewriteBounds(bounds: readonly StartBound[], zone: ZoneDesignator): readonly StartBound[] {
  return bounds.map((bound) => (bound.value.includes('T') ? { prefix: bound.prefix, value: formatInstant(Date.parse(bound.value), zone) } : bound));
}
