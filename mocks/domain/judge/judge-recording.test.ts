import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRecording, UNIDENTIFIED_SESSION } from './judge-recording.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import {
  APPOINTMENT_ID, BASE, bearer, changeExchange, exchange, envelope, SEARCH_QUERY, TEST_CONTEXT, wellBehavedRecording,
} from '../../fixtures/judge-test-recording.ts';
import { consumerJudgeContext } from './judge-context.ts';
import type { ConsumerJudgeContext } from './judge-context.ts';
import type { Interaction } from '../../../spec/interactions.ts';

type Json = Record<string, any>;
const deviations = (recording: readonly ExchangeRecord[], ctx: ConsumerJudgeContext = TEST_CONTEXT) =>
  judgeRecording(recording, ctx).findings.filter((f) => f.outcome !== 'pass').map((f) => [f.obligation, f.outcome, f.message]);

const body = (seq: number, change: (b: Json) => void) => (r: ExchangeRecord[]) => changeExchange(r, seq, (e) => {
  const json = JSON.parse(e.requestBody as string);
  change(json);
  return { ...e, requestBody: JSON.stringify(json) };
});
const headers = (seq: number, change: (h: Record<string, string>) => void) => (r: ExchangeRecord[]) => changeExchange(r, seq, (e) => {
  const h = { ...e.requestHeaders };
  change(h);
  return { ...e, requestHeaders: h };
});
const url = (seq: number, to: string) => (r: ExchangeRecord[]) => changeExchange(r, seq, (e) => ({ ...e, url: to, rawQuery: to.includes('?') ? to.slice(to.indexOf('?') + 1) : '' }));
const patient = (b: Json) => b.contained[1];
const INTERACTION_OF: Interaction[] = ['metadata', 'metadata', 'slot-search', 'appointment-create', 'appointment-read', 'appointment-update'];
const SYSTEM_USER = {
  sub: 'system',
  requesting_practitioner: {
    resourceType: 'Practitioner', id: 'system', name: [{ family: 'User', given: ['System'] }],
    identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: 'UNK' }, { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: 'UNK' }, { system: 'https://consumer.example.nhs.uk/Id/user', value: 'system' }],
  },
};
const search = (query: string) => url(2, `/STU3/1/careconnect/booking/Slot?${query}`);

test('the well-behaved reference workflow deviates from no consumer obligation', () => {
  assert.deepEqual(deviations(wellBehavedRecording()), []);
});

const CASES: readonly [string, (r: ExchangeRecord[]) => ExchangeRecord[], [string, string, string][]][] = [
  ['a search without the service parameter', search(SEARCH_QUERY.replace(/^[^&]+&/, '')),
    [['SLOT-02', 'fail', 'no healthcare-service parameter: send schedule.actor:healthcareservice=<DoS service id of the chosen service>']]],
  ['the service id sent as service=', search(SEARCH_QUERY.replace('schedule.actor%3Ahealthcareservice', 'service')),
    [['SLOT-02', 'fail', 'the service id was sent as service; the strict parameter name is schedule.actor:healthcareservice (C-01)']]],
  ['the provider ASID as the service id', search(SEARCH_QUERY.replace('2000481516', '928374650011')),
    [['SLOT-02', 'fail', "schedule.actor:healthcareservice=928374650011 is the provider's ASID; send the DoS service id of the chosen service (C-02)"]]],
  ['no upper bound on start', search(SEARCH_QUERY.replace(/&start=le[^&]+/, '')),
    [['SLOT-03', 'fail', 'no upper bound on start: send start=le<instant> or start=lt<instant>']]],
  ['an unencoded + in start', search(SEARCH_QUERY.replace('ge2026-03-16T09%3A00%3A00%2B00%3A00', 'ge2026-03-16T09:00:00+00:00')),
    [['SLOT-04', 'fail', 'start value ge2026-03-16T09:00:00+00:00 has a literal "+", which the provider decodes as a space; encode it as %2B']]],
  ['a search for the wrong interaction id', headers(2, (h) => { h['ssp-interactionid'] = 'urn:nhs:names:services:careconnect:fhir:rest:read:slot'; }),
    [['SSP-05', 'fail', 'Ssp-InteractionID "urn:nhs:names:services:careconnect:fhir:rest:read:slot" is not the interaction id for slot-search; expected "urn:nhs:names:services:careconnect:fhir:rest:search:slot" (the read:slot spelling is accepted only in lenient mode, C-24)']]],
  ['a booking carrying an id', body(3, (b) => { b.id = 'mine'; }),
    [['BOOK-02', 'fail', 'Appointment.id "mine" was sent; the provider assigns the id']]],
  ['a booking without participant.status', body(3, (b) => { delete b.participant[0].status; }),
    [['BOOK-11', 'fail', 'Appointment.participant[0]: status is missing (STU3 requires it; send "accepted": C-20)']]],
  ['a booking without language', body(3, (b) => { delete b.language; }),
    [['BOOK-04', 'warn', 'Appointment.language should be "en" or "en-GB" (got undefined)']]],
  ['a Patient prefix written as a string', body(3, (b) => { patient(b).name[0].prefix = 'Ms'; }),
    [['PROF-03', 'fail', 'Appointment.contained[1].name[0].prefix must be an array']]],
  ['an NHS number failing Modulus 11', body(3, (b) => { patient(b).identifier[0].value = '9483726159'; }),
    [['PROF-06', 'fail', 'the NHS number needs a 10-digit value passing the Modulus 11 check (got "9483726159")']]],
  ['an NHS number not traced on PDS', body(3, (b) => { patient(b).identifier[0].extension[0].valueCodeableConcept.coding[0].code = '02'; }),
    [['PROF-07', 'warn', 'verification status 02; trace the NHS number on PDS before booking (01 expected)']]],
  ['a patient without contact details', body(3, (b) => { delete patient(b).telecom; delete patient(b).contact[0].telecom; }),
    [['PROF-09', 'fail', 'Patient: no contact details in telecom or contact[].telecom']]],
  ['two primary contact points', body(3, (b) => { patient(b).contact[0].telecom[0].rank = 1; }),
    [['PROF-12', 'fail', 'Patient: exactly one contact point with rank 1 (found telecom[0], contact[0].telecom[0])']]],
  ['a DocumentReference in French', body(3, (b) => { b.contained[0].content[0].attachment.language = 'fr'; }),
    [['BOOK-13', 'fail', 'Appointment.contained[0] (DocumentReference) needs content[0].attachment.language "en" or "en-GB" (got "fr")']]],
  ['a contained Slot on another schedule', body(3, (b) => { b.contained[2].schedule.reference = 'Schedule/sch-nurse-2'; }),
    [['BOOK-15', 'fail', 'the contained Slot does not copy Slot/slot-0915 served in #2: schedule "Schedule/sch-nurse-2" (served "Schedule/sch-gp-1")']]],
  ['created an hour after the request', body(3, (b) => { b.created = '2026-03-16T10:00:00+00:00'; }),
    [['BOOK-07', 'fail', 'created 2026-03-16T10:00:00+00:00 is later than the request (C-17)']]],
  ['appointment times in +01:00', body(3, (b) => { b.start = '2026-03-16T10:15:00+01:00'; b.end = '2026-03-16T10:30:00+01:00'; }),
    [['TIME-02', 'warn', 'convert times to UTC before sending: Appointment.start "2026-03-16T10:15:00+01:00"; Appointment.end "2026-03-16T10:30:00+01:00"']]],
  ['an appointment start without a zone', body(3, (b) => { b.start = '2026-03-16T09:15:00'; }),
    [['TIME-01', 'fail', 'not in FHIR instant form (YYYY-MM-DDThh:mm:ss[.sss] with Z or ±hh:mm): Appointment.start "2026-03-16T09:15:00"']]],
  ['a booking sent as application/json', headers(3, (h) => { h['content-type'] = 'application/json;charset=utf-8'; }),
    [['BOOK-01', 'fail', 'the booking must be sent as application/fhir+json (or fhir+xml); Content-Type was "application/json;charset=utf-8"']]],
  ['a booking without charset', headers(3, (h) => { h['content-type'] = 'application/fhir+json'; }),
    [['HTTP-07', 'fail', 'Content-Type "application/fhir+json" must say charset=utf-8']]],
  ['a booking with the read scope', headers(3, (h) => { h.authorization = bearer('appointment-read'); }),
    [['JWT-15', 'fail', 'requested_scope is "patient/appointment.read"; appointment-create expects "patient/appointment.write"']]],
  ['an aud with a trailing slash', headers(1, (h) => { h.authorization = bearer('metadata', { aud: `${BASE}/` }); }),
    [['JWT-08', 'fail', `aud "${BASE}/" is not the provider service root URL "${BASE}" (it differs only in scheme/host case or a trailing "/", which lenient providers accept: C-31)`]]],
  ['an expired token', headers(1, (h) => { h.authorization = bearer('metadata', {}, 1773651600 - 400); }),
    [['JWT-25', 'warn', 'the token was used 100 s after its exp (reused after expiry)'],
      ['JWT-26', 'fail', 'the token had expired when it was sent: sent at 1773651600, 100 s on or after exp 1773651500']]],
  ['a token from a clock running ahead', headers(1, (h) => { h.authorization = bearer('metadata', {}, 1773651600 + 2); }),
    [['JWT-26', 'fail', 'the token was issued in the future: iat 1773651602 is 2 s after the send time 1773651600 (is the clock synchronised? JWT-13)']]],
  ['a generic system user', (r) => r.map((e) => ({ ...e, requestHeaders: { ...e.requestHeaders, authorization: bearer(INTERACTION_OF[e.seq], SYSTEM_USER) } })),
    [['JWT-20', 'warn', 'the user id "system" looks like a generic system user; name the real logged-on user']]],
  ['a read without Ssp-TraceID', headers(4, (h) => { delete h['ssp-traceid']; }),
    [['SSP-02', 'fail', 'Ssp-TraceID header missing']]],
  ['a trace id reused by the read', headers(4, (h) => { h['ssp-traceid'] = envelope('slot-search', 2)['ssp-traceid']; }),
    [['SSP-02', 'warn', 'Ssp-TraceID 00000000-0000-4000-8000-000000001002 is reused on 2 requests (#2, #4); it should be unique per request']]],
  ['an unknown Ssp-From', headers(1, (h) => { h['ssp-from'] = '111111111111'; }),
    [['SSP-03', 'fail', 'Ssp-From "111111111111" is not the ASID of a consumer this provider knows: 928374650022 (Y0X1A)'],
      ['CAP-09', 'warn', 'the first slot search #2 came before any GET metadata; the CapabilityStatement says what the provider supports']]],
  ['a cancel without X-Request-ID', headers(5, (h) => { delete h['x-request-id']; }),
    [['XTI-01', 'fail', 'X-Request-ID header missing']]],
  ['a cancel without If-Match', headers(5, (h) => { delete h['if-match']; }),
    [['CAN-02', 'fail', 'no If-Match header: send W/"<versionId>" from the latest ETag']]],
  ['a cancel with a stale If-Match', headers(5, (h) => { h['if-match'] = 'W/"0"'; }),
    [['CAN-02', 'fail', 'If-Match W/"0" is not the latest ETag W/"1" the consumer received (in #4)']]],
  ['a cancel that also changes the description', body(5, (b) => { b.description = 'changed'; }),
    [['CAN-01', 'fail', 'the cancel body differs from the version read in #4 at Appointment.description; only status may change']]],
  ['a cancel without reading first', (r) => r.filter((e) => e.seq !== 4),
    [['CAN-01', 'fail', `the cancel #5 was not immediately preceded by a successful read of Appointment/${APPOINTMENT_ID}; the last exchange about it was #3 (POST 201)`]]],
  ['an appointment id with its case changed', (r) => url(4, `/STU3/1/careconnect/booking/Appointment/${APPOINTMENT_ID.toUpperCase()}`)(r),
    [['HTTP-17', 'fail', `Appointment/${APPOINTMENT_ID.toUpperCase()} is not the id the provider issued (${APPOINTMENT_ID}); ids are opaque and case-sensitive`],
      ['CAN-01', 'fail', `the cancel #5 was not immediately preceded by a successful read of Appointment/${APPOINTMENT_ID}; the last exchange about it was #3 (POST 201)`]]],
  ['a call through the SSP with two slashes', url(1, `//${BASE}/metadata`),
    [['SSP-01', 'fail', '2 "/" between the SSP URL and the provider URL; exactly one is allowed']]],
];

for (const [name, change, expected] of CASES) {
  test(`${name}: ${expected.map(([id, outcome]) => `${id} ${outcome}`).join(', ')}`, () => {
    assert.deepEqual(deviations(change(wellBehavedRecording())), expected);
  });
}

test('booking.enforceContainedOrder turns the TKW order into a BOOK-05 failure (C-15)', () => {
  const tkwOrder = body(3, (b) => { b.contained = [b.contained[0], b.contained[2], b.contained[1]]; })(wellBehavedRecording());
  assert.deepEqual(deviations(tkwOrder), []);
  assert.deepEqual(deviations(tkwOrder, { ...TEST_CONTEXT, enforceContainedOrder: true }), [
    ['BOOK-05', 'fail', 'contained is ordered DocumentReference, Slot, Patient; booking.enforceContainedOrder asks for DocumentReference, Patient, Slot (C-15)'],
  ]);
});

test('an SSP-style prefix with one slash is judged like a direct call, and passes SSP-01', () => {
  const judgement = judgeRecording(url(1, `/${BASE}/metadata`)(wellBehavedRecording()), TEST_CONTEXT);
  assert.deepEqual(judgement.obligations.find((o) => o.id === 'SSP-01')?.verdict, 'pass');
  assert.equal(judgement.requestCounts.metadata, 1);
});

test('sessions are told apart by Ssp-From; requests without it form the unidentified session', () => {
  const recording = headers(4, (h) => { delete h['ssp-from']; })(wellBehavedRecording());
  const judgement = judgeRecording(recording, TEST_CONTEXT);
  assert.deepEqual(judgement.sessions.map((s) => [s.id, s.asid, s.requests, s.firstSeq, s.lastSeq]), [
    ['ASID 928374650022', '928374650022', 4, 1, 5],
    [UNIDENTIFIED_SESSION, null, 1, 4, 4],
  ]);
  // The read happened in another session, so the cancel's session never read the appointment.
  assert.ok(judgement.findings.some((f) => f.obligation === 'CAN-01' && f.outcome === 'fail' && f.session === 'ASID 928374650022'));
});

test('admin calls and paths outside the service root are listed as not judged, with the reason', () => {
  const recording = [
    ...wellBehavedRecording(),
    exchange(6, { method: 'POST', url: '/_admin/done', headers: {} }),
    exchange(7, { url: '/other/metadata', headers: envelope('metadata', 7) }),
    exchange(8, { method: 'DELETE', url: '/STU3/1/careconnect/booking/Slot', headers: envelope('slot-search', 8) }),
  ];
  const judgement = judgeRecording(recording, TEST_CONTEXT);
  assert.deepEqual(judgement.ignored, [
    { seq: 6, method: 'POST', url: '/_admin/done', reason: "the mock's admin surface, not the Booking API" },
    { seq: 7, method: 'GET', url: '/other/metadata', reason: `/other/metadata is outside the provider service root ${BASE}` },
    { seq: 8, method: 'DELETE', url: '/STU3/1/careconnect/booking/Slot', reason: 'DELETE /Slot is not an interaction of the Booking API' },
  ]);
  assert.deepEqual(deviations(recording), []);
});

test('the same recording always gives the same judgement, whatever the order it is given in', () => {
  const recording = wellBehavedRecording();
  const once = judgeRecording(recording, TEST_CONTEXT);
  assert.deepEqual(judgeRecording([...recording].reverse(), TEST_CONTEXT), once);
  assert.deepEqual(JSON.parse(JSON.stringify(once)), once);
});

test('the judgement states the context it was computed with, and lists what cannot be tested here', () => {
  const judgement = judgeRecording([], consumerJudgeContext({ baseUrl: `${BASE}/`, providerAsid: '1' }));
  assert.equal(judgement.provider.baseUrl, BASE);
  assert.equal(judgement.provider.structuralValidation, false);
  assert.deepEqual(judgement.obligations.filter((o) => o.verdict !== 'not-exercised'), []);
  assert.equal(judgement.obligations.find((o) => o.id === 'SLOT-03')?.reason, 'not exercised: the recording has no slot search');
  assert.ok(judgement.notTestable.some((n) => n.id === 'DISC-05'));
});
