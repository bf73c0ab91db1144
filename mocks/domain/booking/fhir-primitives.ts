// The FHIR STU3 primitive formats the booking rules check, and the one place where instants
// become numbers (TIME-05: instants are compared by value, never as strings).

export type JsonObject = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// TIME-01: an instant always carries seconds and a zone.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;
// FHIR dateTime: year, year-month or date, or a full time that then needs a zone.
const DATE_TIME = /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}T/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Epoch ms of a calendar date, or undefined when the fields do not name a real day. */
function utcDayMs(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ms;
}

/** TIME-01/TIME-05: epoch ms of a FHIR instant, or undefined when it is not one. */
export function instantMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
  const day = utcDayMs(Number(y), Number(mo), Number(d));
  if (day === undefined || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    if (Number(oh) > 14 || Number(om) > 59) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  }
  // Sub-millisecond digits are dropped: the provider's clock resolution is a millisecond.
  const millis = frac ? Number(frac.slice(1, 4).padEnd(3, '0')) : 0;
  return day + ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 + millis - offsetMinutes * 60_000;
}

export function isInstant(value: unknown): value is string {
  return instantMs(value) !== undefined;
}

/** Epoch ms at which a FHIR date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) begins, in UTC. */
export function dateStartMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  if (!m) return undefined;
  return utcDayMs(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1);
}

/** Epoch ms at which a FHIR dateTime begins, or undefined when it is not one. */
export function dateTimeStartMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
  return value.includes('T') ? instantMs(value) : dateStartMs(value);
}

export function isFhirId(value: unknown): value is string {
  return typeof value === 'string' && FHIR_ID.test(value);
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
