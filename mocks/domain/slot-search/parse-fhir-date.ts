// A FHIR date search value (without its prefix) as the range of instants its precision covers.
// SLOT-17: `2026-03-16` is the whole of that day, `2026-03` the whole month, `09:15` a whole minute.
// The format is checked with an anchored regex and every field range-checked before any arithmetic,
// because Date.parse accepts far more than FHIR does.

export type FhirDateRange =
  | {
      readonly ok: true;
      /** First millisecond of the range. */
      readonly lowMs: number;
      /** Last millisecond of the range (inclusive). */
      readonly highMs: number;
      /** The offset sign arrived as a space: a `+` sent unencoded (SLOT-04), read as `+`. */
      readonly plusDecodedAsSpace: boolean;
    }
  | { readonly ok: false; readonly reason: string };

// YYYY[-MM[-DD[Thh:mm[:ss[.f+]]zone]]]. A time needs a zone; a date-only value is read in UTC.
const FHIR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\- ]\d{2}:\d{2})?)?)?)?$/;

function utcMs(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fail(reason: string): FhirDateRange {
  return { ok: false, reason };
}

export function parseFhirDate(text: string): FhirDateRange {
  const m = FHIR_DATE.exec(text);
  if (!m) return fail('not a FHIR date, dateTime or instant (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with a zone)');
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return fail(`month ${mo} is out of range`);
  if (day < 1 || day > daysInMonth(year, month)) return fail(`day ${d} is out of range for ${y}-${mo}`);
  const none = { plusDecodedAsSpace: false } as const;
  if (mo === undefined) return { ok: true, lowMs: utcMs(year, 0, 1), highMs: utcMs(year + 1, 0, 1) - 1, ...none };
  if (d === undefined) return { ok: true, lowMs: utcMs(year, month - 1, 1), highMs: utcMs(year, month, 1) - 1, ...none };
  if (h === undefined) return { ok: true, lowMs: utcMs(year, month - 1, day), highMs: utcMs(year, month - 1, day + 1) - 1, ...none };
  // TIME-01 / FHIR dateTime: a value with a time of day must carry a zone.
  if (zone === undefined) return fail('a time of day needs a zone (Z or ±hh:mm)');
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23) return fail(`hour ${h} is out of range`);
  if (minute > 59) return fail(`minute ${mi} is out of range`);
  if (second > 59) return fail(`second ${s} is out of range`);
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return fail(`zone offset ${zone.trim()} is out of range`);
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  // The range a value covers is one unit of its last written field (FHIR search, date precision).
  const unitMs = s === undefined ? 60_000 : frac === undefined ? 1000 : 10 ** Math.max(0, 3 - frac.length);
  const lowMs = utcMs(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  return { ok: true, lowMs, highMs: lowMs + unitMs - 1, plusDecodedAsSpace: zone[0] === ' ' };
}
