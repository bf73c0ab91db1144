import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { judgeCertificateValidity } from './judge-certificate-validity.ts';

const NOW = Date.parse('2026-03-16T09:00:00Z');
const DAY = 86_400_000;

describe('judgeCertificateValidity', () => {
  const table: readonly [string, number, number, string, string][] = [
    ['a certificate with a year left', NOW - DAY, NOW + 365 * DAY, 'ok', 'valid until 2027-03-16 (365 days)'],
    ['exactly 30 days left', NOW - DAY, NOW + 30 * DAY, 'ok', 'valid until 2026-04-15 (30 days)'],
    ['29 days left', NOW - DAY, NOW + 29 * DAY + 3_600_000, 'warn', 'expires in 29 days (2026-04-14)'],
    ['one day left', NOW - DAY, NOW + DAY + 1, 'warn', 'expires in 1 day (2026-03-17)'],
    ['expiring at this very instant', NOW - DAY, NOW, 'fail', 'expired on 2026-03-16'],
    ['expired last month', NOW - 90 * DAY, NOW - 30 * DAY, 'fail', 'expired on 2026-02-14'],
    ['not valid yet', NOW + DAY, NOW + 365 * DAY, 'fail', 'not valid before 2026-03-17'],
  ];
  for (const [name, validFromMs, validToMs, status, detail] of table) {
    it(name, () => {
      assert.deepEqual(judgeCertificateValidity({ validFromMs, validToMs }, NOW), { status, detail });
    });
  }
});
