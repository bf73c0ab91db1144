import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSspHeaders } from './check-ssp-headers.ts';
import type { SspHeaderContext } from './check-ssp-headers.ts';

const TRACE = '4d8c2f0e-6b1a-4c3e-9f27-1a2b3c4d5e6f';
const REQUEST = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9';
const SEARCH_SLOT = 'urn:nhs:names:services:careconnect:fhir:rest:search:slot';
const READ_SLOT = 'urn:nhs:names:services:careconnect:fhir:rest:read:slot';
const GOOD = {
  'Ssp-TraceID': TRACE,
  'Ssp-From': '928374650022',
  'Ssp-To': '928374650011',
  'Ssp-InteractionID': SEARCH_SLOT,
  'X-Request-ID': REQUEST,
};
const CTX: SspHeaderContext = {
  interaction: 'slot-search',
  consumerAsid: '928374650022',
  providerAsid: '928374650011',
  acceptedSlotInteractionIds: [SEARCH_SLOT],
  allowUnderscoreHeaders: false,
};
function judge(headers: Record<string, string | undefined>, ctx: Partial<SspHeaderContext> = {}) {
  const defined = Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined);
  return judgeSspHeaders(new Headers(defined), { ...CTX, ...ctx });
}
const deviations = (findings: ReturnType<typeof judge>) =>
  findings.filter((f) => f.outcome !== 'pass').map((f) => [f.obligation, f.outcome, f.message]);

test('the standard envelope passes, one finding per obligation, with the values as evidence', () => {
  assert.deepEqual(judge(GOOD), [
    { obligation: 'SSP-02', outcome: 'pass', message: 'Ssp-TraceID is correct', evidence: { 'Ssp-TraceID': TRACE } },
    { obligation: 'SSP-03', outcome: 'pass', message: 'Ssp-From is correct', evidence: { 'Ssp-From': '928374650022' } },
    { obligation: 'SSP-04', outcome: 'pass', message: 'Ssp-To is correct', evidence: { 'Ssp-To': '928374650011' } },
    { obligation: 'SSP-05', outcome: 'pass', message: 'Ssp-InteractionID is correct', evidence: { 'Ssp-InteractionID': SEARCH_SLOT } },
    { obligation: 'XTI-01', outcome: 'pass', message: 'X-Request-ID is correct', evidence: { 'X-Request-ID': REQUEST } },
  ]);
});

test('header names are case-insensitive', () => {
  const lower = Object.fromEntries(Object.entries(GOOD).map(([k, v]) => [k.toLowerCase(), v]));
  assert.deepEqual(deviations(judge(lower)), []);
});

test('each deviation names its obligation and says what is wrong', async (t) => {
  const cases: [string, Record<string, string | undefined>, Partial<SspHeaderContext>, unknown[][]][] = [
    ['trace id missing', { 'Ssp-TraceID': undefined }, {}, [['SSP-02', 'fail', 'Ssp-TraceID header missing']]],
    ['trace id not a UUID', { 'Ssp-TraceID': 'trace-1' }, {}, [['SSP-02', 'fail', 'Ssp-TraceID "trace-1" is not a UUID']]],
    ['upper-case UUID is fine', { 'Ssp-TraceID': TRACE.toUpperCase() }, {}, []],
    ['wrong consumer ASID', { 'Ssp-From': '111111111111' }, {}, [['SSP-03', 'fail', 'Ssp-From "111111111111" is not the consumer\'s ASID "928374650022"']]],
    ['consumer ASID unknown: any numeric ASID', { 'Ssp-From': '111111111111' }, { consumerAsid: undefined }, []],
    ['consumer ASID unknown: not numeric', { 'Ssp-From': 'ASID:1' }, { consumerAsid: undefined },
      [['SSP-03', 'fail', 'Ssp-From "ASID:1" is not an ASID (a numeric identifier)']]],
    ['wrong provider ASID', { 'Ssp-To': '928374650022' }, {}, [['SSP-04', 'fail', 'Ssp-To "928374650022" is not the provider\'s ASID "928374650011"']]],
    ['interaction id missing', { 'Ssp-InteractionID': undefined }, {}, [['SSP-05', 'fail', 'Ssp-InteractionID header missing']]],
    ['read:slot in strict mode', { 'Ssp-InteractionID': READ_SLOT }, {},
      [['SSP-05', 'fail', `Ssp-InteractionID "${READ_SLOT}" is not the interaction id for slot-search; expected "${SEARCH_SLOT}" (the read:slot spelling is accepted only in lenient mode, C-24)`]]],
    ['read:slot in lenient mode', { 'Ssp-InteractionID': READ_SLOT }, { acceptedSlotInteractionIds: [SEARCH_SLOT, READ_SLOT] }, []],
    ['slot id sent for a booking', {}, { interaction: 'appointment-create' },
      [['SSP-05', 'fail', `Ssp-InteractionID "${SEARCH_SLOT}" is not the interaction id for appointment-create; expected "urn:nhs:names:services:careconnect:fhir:rest:create:appointment"`]]],
    ['cancel id for a cancel', { 'Ssp-InteractionID': 'urn:nhs:names:services:careconnect:fhir:rest:update:appointment' }, { interaction: 'appointment-update' }, []],
    ['X-Request-ID missing (C-41)', { 'X-Request-ID': undefined }, {}, [['XTI-01', 'fail', 'X-Request-ID header missing']]],
    ['X-Request-ID not a UUID', { 'X-Request-ID': '42' }, {}, [['XTI-01', 'fail', 'X-Request-ID "42" is not a UUID']]],
    ['X-Request-Id casing is fine', { 'X-Request-ID': undefined, 'X-Request-Id': REQUEST }, {}, []],
    ['underscore spelling, strict', { 'Ssp-From': undefined, 'Ssp_From': '928374650022' }, {},
      [['SSP-03', 'fail', 'Ssp-From header missing: sent as Ssp_From, an underscore spelling that proxies may drop; the header is Ssp-From (C-24)']]],
    ['underscore spelling, lenient', { 'Ssp-TraceID': undefined, 'SSP_TRACEID': TRACE }, { allowUnderscoreHeaders: true },
      [['SSP-02', 'warn', 'Ssp-TraceID sent as Ssp_TraceId, an underscore spelling that proxies may drop; the header is Ssp-TraceID (C-24)']]],
    ['underscore spelling with a wrong value, lenient', { 'Ssp-To': undefined, 'Ssp_To': '1' }, { allowUnderscoreHeaders: true },
      [['SSP-04', 'fail', 'Ssp-To "1" is not the provider\'s ASID "928374650011"; sent as Ssp_To, an underscore spelling that proxies may drop; the header is Ssp-To (C-24)']]],
    ['hyphenated spelling wins over underscore', { 'Ssp_InteractionId': 'x' }, {}, []],
  ];
  for (const [name, changes, ctx, expected] of cases) {
    await t.test(name, () => assert.deepEqual(deviations(judge({ ...GOOD, ...changes }, ctx)), expected));
  }
});
