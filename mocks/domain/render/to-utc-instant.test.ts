import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtcInstant } from './to-utc-instant.ts';

test('toUtcInstant: a FHIR instant in UTC with an explicit +00:00 zone (TIME-01, TIME-04)', () => {
  const cases: readonly [string, string][] = [
    ['2026-03-16T09:00:00Z', '2026-03-16T09:00:00.000+00:00'],
    ['2026-03-16T10:00:00.250+01:00', '2026-03-16T09:00:00.250+00:00'],
    ['2026-03-16T23:30:00-05:00', '2026-03-17T04:30:00.000+00:00'],
  ];
  for (const [input, expected] of cases) assert.equal(toUtcInstant(Date.parse(input)), expected, input);
});
