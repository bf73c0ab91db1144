import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFhirDate } from './parse-fhir-date.ts';

const ms = (iso: string): number => Date.parse(iso);

test('parseFhirDate: each precision is the range of instants it covers (SLOT-17)', () => {
  const cases: readonly [string, string, string][] = [
    ['2026', '2026-01-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z'],
    ['2026-02', '2026-02-01T00:00:00.000Z', '2026-02-28T23:59:59.999Z'],
    ['2028-02', '2028-02-01T00:00:00.000Z', '2028-02-29T23:59:59.999Z'],
    ['2026-03-16', '2026-03-16T00:00:00.000Z', '2026-03-16T23:59:59.999Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z', '2026-12-31T23:59:59.999Z'],
    ['2026-03-16T09:15Z', '2026-03-16T09:15:00.000Z', '2026-03-16T09:15:59.999Z'],
    ['2026-03-16T09:15:00Z', '2026-03-16T09:15:00.000Z', '2026-03-16T09:15:00.999Z'],
    ['2026-03-16T09:15:00.5Z', '2026-03-16T09:15:00.500Z', '2026-03-16T09:15:00.599Z'],
    ['2026-03-16T09:15:00.000Z', '2026-03-16T09:15:00.000Z', '2026-03-16T09:15:00.000Z'],
    ['2026-03-16T09:15:00.123456+00:00', '2026-03-16T09:15:00.123Z', '2026-03-16T09:15:00.123Z'],
    ['2026-03-16T10:15:00+01:00', '2026-03-16T09:15:00.000Z', '2026-03-16T09:15:00.999Z'],
    ['2026-03-16T04:15:00-05:00', '2026-03-16T09:15:00.000Z', '2026-03-16T09:15:00.999Z'],
    ['2026-03-16T09:15:00-00:00', '2026-03-16T09:15:00.000Z', '2026-03-16T09:15:00.999Z'],
    ['2026-03-16T00:30:00+05:30', '2026-03-15T19:00:00.000Z', '2026-03-15T19:00:00.999Z'],
  ];
  for (const [value, low, high] of cases) {
    assert.deepEqual(parseFhirDate(value), { ok: true, lowMs: ms(low), highMs: ms(high), plusDecodedAsSpace: false }, value);
  }
});

test('parseFhirDate: a space where the offset sign should be is read as + (SLOT-04)', () => {
  assert.deepEqual(parseFhirDate('2026-03-16T10:00:00 01:00'), {
    ok: true,
    lowMs: ms('2026-03-16T09:00:00.000Z'),
    highMs: ms('2026-03-16T09:00:00.999Z'),
    plusDecodedAsSpace: true,
  });
});

test('parseFhirDate: years below 100 are not shifted into the 1900s', () => {
  const result = parseFhirDate('0050');
  assert.ok(result.ok);
  assert.equal(new Date(result.lowMs).getUTCFullYear(), 50);
});

test('parseFhirDate: malformed values name what is wrong', () => {
  const shape = 'not a FHIR date, dateTime or instant (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with a zone)';
  const cases: readonly [string, string][] = [
    ['NOTADATE', shape],
    ['', shape],
    ['26-03-16', shape],
    ['2026-3-16', shape],
    ['2026-03-16T09', shape],
    ['2026-03-16Z', shape],
    ['2026-03-16T09:00:00+0100', shape],
    ['2026-03-16T09:00:00.Z', shape],
    ['2026-03-16 09:00:00Z', shape],
    [' 2026-03-16', shape],
    ['2026-13-40', 'month 13 is out of range'],
    ['2026-00', 'month 00 is out of range'],
    ['2026-02-29', 'day 29 is out of range for 2026-02'],
    ['2026-04-31', 'day 31 is out of range for 2026-04'],
    ['2026-03-00', 'day 00 is out of range for 2026-03'],
    ['2026-03-16T09:00:00', 'a time of day needs a zone (Z or ±hh:mm)'],
    ['2026-03-16T09:00', 'a time of day needs a zone (Z or ±hh:mm)'],
    ['2026-03-16T24:00:00Z', 'hour 24 is out of range'],
    ['2026-03-16T09:60:00Z', 'minute 60 is out of range'],
    ['2026-03-16T09:00:60Z', 'second 60 is out of range'],
    ['2026-03-16T09:00:00+15:00', 'zone offset +15:00 is out of range'],
    ['2026-03-16T09:00:00+01:60', 'zone offset +01:60 is out of range'],
  ];
  for (const [value, reason] of cases) assert.deepEqual(parseFhirDate(value), { ok: false, reason }, value);
});

test('parseFhirDate: any instant written in any offset reads back as the same instant (TIME-03, TIME-05)', () => {
  const two = (n: number): string => String(n).padStart(2, '0');
  fc.assert(fc.property(
    fc.integer({ min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2199-12-31T23:59:59Z') }),
    fc.integer({ min: -14 * 60, max: 14 * 60 }),
    (ms, offsetMinutes) => {
      const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const abs = Math.abs(offsetMinutes);
      const text = `${local}${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
      const parsed = parseFhirDate(text);
      assert.deepEqual(parsed, { ok: true, lowMs: ms, highMs: ms, plusDecodedAsSpace: false }, text);
      assert.equal(Date.parse(text), ms, text);
    },
  ));
});
