import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStartBound } from './parse-start-bound.ts';

const ms = (iso: string): number => Date.parse(iso);

test('parseStartBound: prefixes turn the value range into a range of slot starts (SLOT-15, SLOT-17)', () => {
  const cases: readonly [string, string, number, number][] = [
    ['ge2026-03-16T09:00:00Z', 'ge', ms('2026-03-16T09:00:00.000Z'), Infinity],
    ['le2026-03-16T09:15:00Z', 'le', -Infinity, ms('2026-03-16T09:15:00.999Z')],
    ['gt2026-03-16T09:00:00Z', 'gt', ms('2026-03-16T09:00:01.000Z'), Infinity],
    ['lt2026-03-16T09:15:00Z', 'lt', -Infinity, ms('2026-03-16T09:14:59.999Z')],
    ['eq2026-03-16T09:15:00Z', 'eq', ms('2026-03-16T09:15:00.000Z'), ms('2026-03-16T09:15:00.999Z')],
    ['2026-03-16T09:15:00Z', 'eq', ms('2026-03-16T09:15:00.000Z'), ms('2026-03-16T09:15:00.999Z')],
    ['le2026-03-16', 'le', -Infinity, ms('2026-03-16T23:59:59.999Z')],
    ['ge2026-03-16', 'ge', ms('2026-03-16T00:00:00.000Z'), Infinity],
    ['eq2026-03-16', 'eq', ms('2026-03-16T00:00:00.000Z'), ms('2026-03-16T23:59:59.999Z')],
    ['gt2026-03-16', 'gt', ms('2026-03-17T00:00:00.000Z'), Infinity],
    ['lt2026-03-16', 'lt', -Infinity, ms('2026-03-15T23:59:59.999Z')],
    ['2026-03', 'eq', ms('2026-03-01T00:00:00.000Z'), ms('2026-03-31T23:59:59.999Z')],
    ['ge2026-03-16T10:00:00+01:00', 'ge', ms('2026-03-16T09:00:00.000Z'), Infinity],
  ];
  for (const [value, prefix, fromMs, toMs] of cases) {
    assert.deepEqual(parseStartBound(value), { ok: true, prefix, fromMs, toMs, plusDecodedAsSpace: false }, value);
  }
});

test('parseStartBound: the SLOT-04 repair is passed on', () => {
  const bound = parseStartBound('ge2026-03-16T09:00:00 00:00');
  assert.deepEqual(bound, { ok: true, prefix: 'ge', fromMs: ms('2026-03-16T09:00:00Z'), toMs: Infinity, plusDecodedAsSpace: true });
});

test('parseStartBound: malformed values and unsupported prefixes (SLOT-35)', () => {
  const cases: readonly [string, string][] = [
    ['', 'the value is empty'],
    ['xx2026-01-01', 'prefix "xx" is not supported (use ge, le, gt, lt or eq)'],
    ['ne2026-01-01', 'prefix "ne" is not supported (use ge, le, gt, lt or eq)'],
    ['sa2026-01-01', 'prefix "sa" is not supported (use ge, le, gt, lt or eq)'],
    ['geNOTADATE', 'not a FHIR date, dateTime or instant (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with a zone)'],
    ['GE2026-01-01', 'not a FHIR date, dateTime or instant (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with a zone)'],
    ['2026-13-40', 'month 13 is out of range'],
    ['le2026-03-16T09:00:00', 'a time of day needs a zone (Z or ±hh:mm)'],
  ];
  for (const [value, reason] of cases) assert.deepEqual(parseStartBound(value), { ok: false, reason }, value);
});
