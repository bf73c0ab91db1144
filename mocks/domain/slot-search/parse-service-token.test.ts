import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strictProviderConfig } from '../provider-config.ts';
import { parseServiceToken } from './parse-service-token.ts';

const NAME = 'schedule.actor:healthcareservice';
const lenient = { ...strictProviderConfig, acceptTokenSystem: true };

test('parseServiceToken: bare ids, repeated ids and (when configured) token systems (C-01)', () => {
  const cases: readonly [string, boolean, readonly string[], boolean][] = [
    ['2000481516', false, ['2000481516'], false],
    ['2000481516,2000481516', false, ['2000481516'], false],
    ['2000481516,2000481517', false, ['2000481516', '2000481517'], false],
    ['https://example.nhs.uk/dos|2000481516', true, ['2000481516'], true],
    ['|2000481516', true, ['2000481516'], true],
  ];
  for (const [value, acceptSystem, ids, hadSystem] of cases) {
    assert.deepEqual(parseServiceToken(NAME, value, acceptSystem ? lenient : strictProviderConfig), { ok: true, ids, hadSystem }, value);
  }
});

test('parseServiceToken: malformed values are 400 INVALID_PARAMETER naming the parameter', () => {
  const cases: readonly [string, boolean, string][] = [
    ['', false, 'Search parameter schedule.actor:healthcareservice is empty: send the DoS service id'],
    ['|2000481516', false, 'Search parameter schedule.actor:healthcareservice must be a bare DoS service id, not a system|value token: "|2000481516"'],
    ['sys|2000481516', false, 'Search parameter schedule.actor:healthcareservice must be a bare DoS service id, not a system|value token: "sys|2000481516"'],
    ['sys|', true, 'Search parameter schedule.actor:healthcareservice has an empty service id: "sys|"'],
    ['2000481516,', false, 'Search parameter schedule.actor:healthcareservice has an empty service id: "2000481516,"'],
  ];
  for (const [value, acceptSystem, diagnostics] of cases) {
    assert.deepEqual(
      parseServiceToken(NAME, value, acceptSystem ? lenient : strictProviderConfig),
      { ok: false, problem: { code: 'INVALID_PARAMETER', diagnostics, expression: [NAME] } },
      value,
    );
  }
});
