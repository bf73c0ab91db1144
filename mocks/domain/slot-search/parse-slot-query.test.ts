import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strictProviderConfig, type ProviderConfig } from '../provider-config.ts';
import { parseSlotQuery } from './parse-slot-query.ts';
import type { SlotQuery } from './slot-query.ts';

const ms = (iso: string): number => Date.parse(iso);
const pairs = (search: string): [string, string][] => [...new URLSearchParams(search)];

function parsed(search: string, config: ProviderConfig = strictProviderConfig): SlotQuery {
  const result = parseSlotQuery(pairs(search), config);
  assert.ok(result.ok, `expected ${search} to parse: ${result.ok ? '' : result.problem.diagnostics}`);
  return result.query;
}

test('parseSlotQuery: the canonical consumer request (2.2, 4.1)', () => {
  const search = 'schedule.actor%3Ahealthcareservice=2000481516&start=ge2026-03-16T09%3A00%3A00%2B00%3A00&start=le2026-03-16T09%3A15%3A00%2B00%3A00'
    + '&status=free&_include=Slot%3Aschedule&_include%3Aiterate=Schedule%3Aactor%3AHealthcareService&_include%3Aiterate=Schedule%3Aactor%3APractitioner'
    + '&_include%3Aiterate=HealthcareService%3Alocation';
  assert.deepEqual(parsed(search), {
    serviceId: '2000481516',
    serviceParam: 'schedule.actor:healthcareservice',
    statuses: ['free'],
    window: { fromMs: ms('2026-03-16T09:00:00.000Z'), toMs: ms('2026-03-16T09:15:00.999Z'), hasLowerBound: true, hasUpperBound: true },
    includes: ['Slot:schedule', 'Schedule:actor:HealthcareService', 'Schedule:actor:Practitioner', 'HealthcareService:location'],
    unknownParams: [],
    applied: pairs(search),
    leniencies: [],
  });
});

test('parseSlotQuery: windows — AND of several start values, partial precision, offsets (SLOT-15..17)', () => {
  const cases: readonly [string, number, number][] = [
    ['', -Infinity, Infinity],
    ['&start=le2026-03-16', -Infinity, ms('2026-03-16T23:59:59.999Z')],
    ['&start=ge2026-03-16', ms('2026-03-16T00:00:00.000Z'), Infinity],
    ['&start=eq2026-03-16', ms('2026-03-16T00:00:00.000Z'), ms('2026-03-16T23:59:59.999Z')],
    ['&start=ge2026-03-16T10:00:00%2B01:00&start=le2026-03-16T10:15:00%2B01:00', ms('2026-03-16T09:00:00Z'), ms('2026-03-16T09:15:00.999Z')],
    ['&start=ge2026-03-16T04:00:00-05:00&start=le2026-03-16T04:15:00-05:00', ms('2026-03-16T09:00:00Z'), ms('2026-03-16T09:15:00.999Z')],
    ['&start=gt2026-03-16T09:00:00Z&start=lt2026-03-16T09:15:00Z', ms('2026-03-16T09:00:01.000Z'), ms('2026-03-16T09:14:59.999Z')],
    ['&start=ge2026-03-16&start=ge2026-03-16T12:00Z&start=le2026-03-17&start=le2026-03-16T18:00Z', ms('2026-03-16T12:00:00Z'), ms('2026-03-16T18:00:59.999Z')],
    ['&start=ge2026-03-17&start=le2026-03-16', ms('2026-03-17T00:00:00Z'), ms('2026-03-16T23:59:59.999Z')],
  ];
  for (const [extra, fromMs, toMs] of cases) {
    const { window } = parsed(`service=2000481516${extra}`);
    assert.deepEqual(window, { fromMs, toMs, hasLowerBound: fromMs !== -Infinity, hasUpperBound: toMs !== Infinity }, extra);
  }
});

test('parseSlotQuery: a + sent unencoded is read as + and recorded as a leniency (SLOT-04)', () => {
  const query = parsed('service=2000481516&start=ge2026-03-16T10:00:00+01:00');
  assert.equal(query.window.fromMs, ms('2026-03-16T09:00:00Z'));
  assert.deepEqual(query.applied, [['service', '2000481516'], ['start', 'ge2026-03-16T10:00:00+01:00']]);
  assert.deepEqual(query.leniencies, [{ code: 'plus-decoded-as-space', param: 'start', value: 'ge2026-03-16T10:00:00 01:00' }]);
});

test('parseSlotQuery: statuses — comma is OR, repeats are AND, absent means any (SLOT-13, C-38)', () => {
  const cases: readonly [string, readonly string[] | undefined][] = [
    ['', undefined],
    ['&status=free', ['free']],
    ['&status=free,busy', ['free', 'busy']],
    ['&status=free,free', ['free']],
    ['&status=busy-unavailable,busy-tentative,entered-in-error', ['busy-unavailable', 'busy-tentative', 'entered-in-error']],
    ['&status=free,busy&status=busy', ['busy']],
    ['&status=free&status=busy', []],
  ];
  for (const [extra, statuses] of cases) assert.deepEqual(parsed(`service=1${extra}`).statuses, statuses, extra);
});

test('parseSlotQuery: includes in every spelling; unknown includes and _revinclude ignored (C-03, SLOT-21, SLOT-24)', () => {
  const variants = [
    '_include=Slot:schedule&_include:iterate=Schedule:actor:HealthcareService&_include:iterate=HealthcareService:location',
    '_include=Slot.schedule&_include=Schedule:actor:HealthcareService&_include=HealthcareService.location',
    '_include:recurse=slot:Schedule&_include:recurse=Schedule.actor.healthcareservice&_include:recurse=HealthcareService:Location',
  ];
  for (const variant of variants) {
    assert.deepEqual(parsed(`service=1&${variant}`).includes, ['Slot:schedule', 'Schedule:actor:HealthcareService', 'HealthcareService:location'], variant);
  }
  const query = parsed('service=1&_include=Appointment:slot&_include=Slot:schedule&_revinclude=*&_revinclude:iterate=Slot:schedule&_count=5', { ...strictProviderConfig, unknownParamPolicy: 'reject' });
  assert.deepEqual(query.includes, ['Slot:schedule']);
  assert.deepEqual(query.applied, [['service', '1'], ['_include', 'Slot:schedule']]);
  assert.deepEqual(query.unknownParams, []);
});

test('parseSlotQuery: unknown names (end included) are collected and ignored by default (SLOT-06, C-11, C-25)', () => {
  const query = parsed('service=1&foo=bar&end=le2026-03-16&_format=json&startXXXXXXX=ge2026-03-16');
  assert.deepEqual(query.unknownParams, [['foo', 'bar'], ['end', 'le2026-03-16'], ['startXXXXXXX', 'ge2026-03-16']]);
  assert.deepEqual(query.applied, [['service', '1'], ['_format', 'json']]);
  assert.deepEqual(query.window, { fromMs: -Infinity, toMs: Infinity, hasLowerBound: false, hasUpperBound: false });
});

test('parseSlotQuery: service parameter names and token forms follow the configuration (C-01)', () => {
  assert.equal(parsed('service=2000481516').serviceParam, 'service');
  assert.equal(parsed('service=2000481516&schedule.actor:healthcareservice=2000481516').serviceParam, 'service');
  const lenient: ProviderConfig = { ...strictProviderConfig, acceptTokenSystem: true, serviceParamNames: ['schedule.actor:healthcareservice', 'schedule.actor:HealthcareService'] };
  const query = parsed('schedule.actor:HealthcareService=https://dos.example|2000481516', lenient);
  assert.equal(query.serviceId, '2000481516');
  assert.deepEqual(query.leniencies, [{ code: 'token-system', param: 'schedule.actor:HealthcareService', value: 'https://dos.example|2000481516' }]);
  // Under the strict names, the capitalised spelling is just an unknown parameter, so the service is missing.
  const strict = parseSlotQuery(pairs('schedule.actor:HealthcareService=2000481516'), strictProviderConfig);
  assert.equal(strict.ok ? 'ok' : strict.problem.code, 'MISSING_SERVICE');
});

test('parseSlotQuery: refusals carry a stable code, the message and the parameter (SLOT-10, SLOT-35, C-11)', () => {
  const reject: ProviderConfig = { ...strictProviderConfig, unknownParamPolicy: 'reject' };
  const cases: readonly [string, ProviderConfig, string, string, readonly string[]][] = [
    ['status=free', strictProviderConfig, 'MISSING_SERVICE', 'No healthcare service given: send the DoS service id as schedule.actor:healthcareservice', ['schedule.actor:healthcareservice']],
    ['service=', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter service is empty: send the DoS service id', ['service']],
    ['service=1&service=2', strictProviderConfig, 'INVALID_PARAMETER', 'The search names two different services ("1" and "2"): send one DoS service id', ['service']],
    ['service=1&schedule.actor:healthcareservice=2', strictProviderConfig, 'INVALID_PARAMETER', 'The search names two different services ("1" and "2"): send one DoS service id', ['schedule.actor:healthcareservice']],
    ['service=1,2', strictProviderConfig, 'INVALID_PARAMETER', 'The search names two different services ("1" and "2"): send one DoS service id', ['service']],
    ['service=1&status=', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter status is empty: send one or more SlotStatus codes', ['status']],
    ['service=1&status=free,', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter status has an empty code: "free,"', ['status']],
    ['service=1&status=open', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter status has an unknown code "open" (expected one of busy, free, busy-unavailable, busy-tentative, entered-in-error)', ['status']],
    ['service=1&status=FREE', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter status has an unknown code "FREE" (expected one of busy, free, busy-unavailable, busy-tentative, entered-in-error)', ['status']],
    ['service=1&start=geNOTADATE', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter start has an invalid value "geNOTADATE": not a FHIR date, dateTime or instant (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with a zone)', ['start']],
    ['service=1&start=xx2026-01-01', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter start has an invalid value "xx2026-01-01": prefix "xx" is not supported (use ge, le, gt, lt or eq)', ['start']],
    ['service=1&start=2026-13-40', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter start has an invalid value "2026-13-40": month 13 is out of range', ['start']],
    ['service=1&start=', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter start has an invalid value "": the value is empty', ['start']],
    ['service=1&start=le2026-03-16T09:00:00', strictProviderConfig, 'INVALID_PARAMETER', 'Search parameter start has an invalid value "le2026-03-16T09:00:00": a time of day needs a zone (Z or ±hh:mm)', ['start']],
    ['service=1&foo=bar&end=le2026&foo=baz', reject, 'UNKNOWN_PARAMETER', 'Unknown search parameter(s): foo, end', ['foo', 'end']],
    // A malformed value is reported before a missing service or an unknown name.
    ['foo=bar&start=geNOTADATE', reject, 'INVALID_PARAMETER', 'Search parameter start has an invalid value "geNOTADATE": not a FHIR date, dateTime or instant (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with a zone)', ['start']],
    ['foo=bar', reject, 'UNKNOWN_PARAMETER', 'Unknown search parameter(s): foo', ['foo']],
  ];
  for (const [search, config, code, diagnostics, expression] of cases) {
    assert.deepEqual(parseSlotQuery(pairs(search), config), { ok: false, problem: { code, diagnostics, expression } }, search);
  }
});
