// Slot ids a provider file does not spell out: `<prefix>-<YYYYMMDD>-<HHMM>` of the start in UTC
// (unique per schedule, since a schedule's slots never share a start).

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function slotId(prefix: string, startMs: number): string {
  const d = new Date(startMs);
  return `${prefix}-${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}-${two(d.getUTCHours())}${two(d.getUTCMinutes())}`;
}

/** The id of a listed slot: its own, or derived from its schedule and start. */
export function listedSlotId(scheduleId: string, slot: { readonly id?: string; readonly start: string }): string {
  return slot.id ?? slotId(scheduleId, Date.parse(slot.start));
}
