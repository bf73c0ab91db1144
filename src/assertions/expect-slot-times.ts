// Times of returned Slots: FHIR instants with an explicit zone (TIME-01, TIME-04), preferably UTC
// (TIME-02), and starts inside the requested window, judged on Slot.start alone (SLOT-15, SLOT-17).
import type { StartBound } from '../client/slot-search.ts';
import { fail } from '../verdict/fail.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';

// TIME-01 (catalogue regex).
export const FHIR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const UTC_ZONE = /(Z|[+-]00:00)$/;
const DAY_MS = 86_400_000;

function instants(view: SearchsetView): { slot: string; field: string; value: unknown }[] {
  return view.slots.flatMap((slot) => (['start', 'end'] as const).map((field) => ({ slot: `Slot/${String(slot.resource.id)}`, field, value: slot.resource[field] })));
}

export function expectInstantsWithZone(view: SearchsetView): void {
  const wrong = instants(view).filter(({ value }) => typeof value !== 'string' || !FHIR_INSTANT.test(value));
  if (wrong.length > 0) {
    fail(view.exchange, { code: 'INSTANT_FORMAT', obligations: ['TIME-01', 'TIME-04'], reason: `${wrong.length} Slot times are not FHIR instants with a zone`, expected: 'YYYY-MM-DDThh:mm:ss[.sss](Z|±hh:mm)', actual: wrong.slice(0, 10).map((w) => `${w.slot}.${w.field} = ${JSON.stringify(w.value)}`) });
  }
}

/** TIME-02 (SHOULD): times are written in UTC. */
export function expectUtcInstants(view: SearchsetView): void {
  const wrong = instants(view).filter(({ value }) => typeof value === 'string' && !UTC_ZONE.test(value));
  if (wrong.length > 0) {
    fail(view.exchange, { code: 'INSTANT_NOT_UTC', obligations: ['TIME-02'], reason: `${wrong.length} Slot times carry a non-zero offset`, expected: 'Z or +00:00', actual: wrong.slice(0, 10).map((w) => `${w.slot}.${w.field} = ${String(w.value)}`) });
  }
}

/** The interval a bound value stands for: an instant is a point; a date is its whole UTC day (SLOT-17). */
function boundRange(value: string): { from: number; to: number } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const from = Date.parse(`${value}T00:00:00Z`);
    return { from, to: from + DAY_MS };
  }
  const at = Date.parse(value);
  return { from: at, to: at + 1 };
}

// SLOT-15: prefixes compare Slot.start with the bound; `le`/`ge` are inclusive.
export function startSatisfies(startMs: number, bound: StartBound): boolean {
  const { from, to } = boundRange(bound.value);
  switch (bound.prefix) {
    case 'ge': return startMs >= from;
    case 'gt': return startMs >= to;
    case 'le': return startMs < to;
    case 'lt': return startMs < from;
    case 'eq': return startMs >= from && startMs < to;
  }
}

export function expectStartsWithin(view: SearchsetView, bounds: readonly StartBound[]): void {
  const outside = view.slots.filter((slot) => !bounds.every((bound) => startSatisfies(Date.parse(String(slot.resource.start)), bound)));
  if (outside.length > 0) {
    fail(view.exchange, { code: 'START_OUTSIDE_WINDOW', obligations: ['SLOT-15'], reason: `${outside.length} Slots start outside the requested window`, expected: bounds.map((b) => `start ${b.prefix} ${b.value}`), actual: outside.slice(0, 10).map((slot) => `Slot/${String(slot.resource.id)} starts ${String(slot.resource.start)}`) });
  }
}
