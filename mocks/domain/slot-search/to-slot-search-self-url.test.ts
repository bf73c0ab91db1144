import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSlotSearchSelfUrl } from './to-slot-search-self-url.ts';

const BASE = 'https://provider.example.nhs.uk/STU3/1/careconnect/booking';

test('toSlotSearchSelfUrl: applied parameters, RFC 3986 encoded, as in the reference Bundle (C-11, SLOT-04)', () => {
  const cases: readonly [string, readonly (readonly [string, string])[], string][] = [
    [BASE, [], `${BASE}/Slot`],
    [`${BASE}/`, [['service', '1']], `${BASE}/Slot?service=1`],
    [BASE, [['schedule.actor:healthcareservice', '2000481516'], ['start', 'ge2026-03-16T09:00:00+00:00'], ['_include:iterate', 'HealthcareService:location']],
      `${BASE}/Slot?schedule.actor%3Ahealthcareservice=2000481516&start=ge2026-03-16T09%3A00%3A00%2B00%3A00&_include%3Aiterate=HealthcareService%3Alocation`],
    [BASE, [['status', 'free,busy']], `${BASE}/Slot?status=free%2Cbusy`],
  ];
  for (const [base, applied, expected] of cases) assert.equal(toSlotSearchSelfUrl(base, applied), expected);
});
