import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildBookingBody } from '../booking/booking-body.ts';
import { resolvePolicy, STRICT_POLICY } from '../targets/conformance-policy.ts';
import { differencesFromBooking, expectAppointmentRead, expectMalformedReadParamAnswer, expectProviderPatientIdentifier } from './expect-appointment-read.ts';
import { expectCancelAccepted, expectCancelHeaders, expectCancelRefusal, expectRecancelAnswer, expectStoredUnchanged } from './expect-cancel-answer.ts';
import { expectOneCancelWinner } from './expect-race-outcome.ts';
import { FHIR_JSON_HEADERS, fakeExchange, slotEntry } from './fake-exchange.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';

const BASE = 'https://p.example/STU3/1/x';
const ignore = () => undefined;
const sent = buildBookingBody({ slot: slotEntry('slot-0900', 'sch-gp-1').resource as FhirResource, nowMs: Date.parse('2026-03-16T07:00:00Z'), cdaId: '3f1b2f4e-8c51-4d0e-9a39-0b6c7c4a9d21' });
const stored = (versionId = '1', status = 'booked', extra: Record<string, unknown> = {}) => ({ ...sent, id: 'a1', meta: { versionId }, status, ...extra }) as unknown as FhirResource;
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => fakeExchange({ status, body, headers: { ...FHIR_JSON_HEADERS, etag: 'W/"1"', ...headers } });
const outcome = { resourceType: 'OperationOutcome', id: 'o1', issue: [{ severity: 'error', code: 'conflict', diagnostics: 'stale' }] };

describe('expectAppointmentRead (READ-02, READ-03)', () => {
  it('wants the appointment, version and status asked for, with the weak ETag of its version', () => {
    assert.equal(expectAppointmentRead(answer(200, stored()), { id: 'a1', versionId: '1', status: 'booked' }, ['READ-03'], STRICT_POLICY, ignore).id, 'a1');
    assert.throws(() => expectAppointmentRead(answer(200, stored('2', 'cancelled'), { etag: 'W/"2"' }), { id: 'a1', versionId: '1' }, ['READ-03'], STRICT_POLICY, ignore), { code: 'WRONG_VERSION', actual: { id: 'a1', versionId: '2', status: 'cancelled' } });
    assert.throws(() => expectAppointmentRead(answer(200, stored(), { etag: 'W/"2"' }), { id: 'a1' }, ['READ-02'], STRICT_POLICY, ignore), { code: 'ETAG', obligations: ['READ-02', 'HTTP-11'] });
    assert.throws(() => expectAppointmentRead(answer(404, outcome), { id: 'a1' }, ['READ-03'], STRICT_POLICY, ignore), { code: 'STATUS_MISMATCH', obligations: ['READ-03'] });
  });
});

describe('differencesFromBooking (READ-06)', () => {
  it('finds nothing when the read is the booking with the provider\'s additions and other offsets', () => {
    assert.deepEqual(differencesFromBooking(stored('1', 'booked', { start: '2026-03-16T10:00:00+01:00', created: '2026-03-16T07:00:05Z' }), sent), []);
  });
  it('names each rule the read breaks', () => {
    const patient = { resourceType: 'Patient', id: 'pat1', name: [{ family: 'Other' }] };
    const read = stored('1', 'booked', { description: 'changed', contained: [patient], end: '2026-03-16T09:10:00Z' });
    assert.deepEqual(differencesFromBooking(read, sent), [
      'end is the instant booked',
      'description is as booked',
      'one contained DocumentReference, Patient and Slot',
      'the patient\'s name, gender and birth date are as booked',
      'the NHS number is as booked',
      'the DocumentReference names the CDA booked',
      'the contained Slot is the slot booked',
    ]);
  });
});

describe('other read checks', () => {
  it('want the provider\'s own patient identifier (BOOK-28)', () => {
    const withoutId = stored('1', 'booked', { contained: (sent.contained as Record<string, unknown>[]).map(({ identifier: _dropped, ...r }) => r) });
    assert.throws(() => expectProviderPatientIdentifier(answer(200, withoutId), withoutId), { code: 'NO_LOCAL_PATIENT_ID', obligations: ['BOOK-28'] });
  });
  it('want a malformed read parameter refused, or ignored where the target says so (READ-07)', () => {
    assert.throws(() => expectMalformedReadParamAnswer(answer(200, stored()), 'a1', STRICT_POLICY, ignore), { code: 'STATUS_MISMATCH', obligations: ['READ-07'] });
    assert.doesNotThrow(() => expectMalformedReadParamAnswer(answer(200, stored()), 'a1', resolvePolicy({ read: { invalidParamStatuses: [400, 200] } }), ignore));
  });
});

describe('cancel answers', () => {
  const cancelled = answer(200, stored('2', 'cancelled'), { etag: 'W/"2"', location: `${BASE}/Appointment/a1/_history/2`, 'last-modified': 'Mon, 16 Mar 2026 08:00:00 GMT' });
  it('accept the new cancelled version (CAN-03) with its three headers (CAN-04)', () => {
    const version = expectCancelAccepted(cancelled, { id: 'a1', versionId: '1' }, ['CAN-03']);
    assert.doesNotThrow(() => expectCancelHeaders(cancelled, version, BASE, STRICT_POLICY, ignore));
  });
  it('fail a cancel that made no later version', () => {
    assert.throws(() => expectCancelAccepted(answer(200, stored('1', 'cancelled')), { id: 'a1', versionId: '1' }, ['CAN-03']), { code: 'NOT_CANCELLED', reason: 'the cancel answer is not the new, cancelled version: meta.versionId 1 is not later than the version cancelled (1)' });
  });
  it('fail a cancel without Last-Modified (CAN-04)', () => {
    const bare = answer(200, stored('2', 'cancelled'), { etag: 'W/"2"', location: `${BASE}/Appointment/a1` });
    assert.throws(() => expectCancelHeaders(bare, { id: 'a1', versionId: '2' }, BASE, STRICT_POLICY, ignore), { code: 'LAST_MODIFIED', obligations: ['CAN-04'] });
  });
  it('refuse by reason with the statuses the target declares (C-09)', () => {
    assert.throws(() => expectCancelRefusal(answer(412, outcome), 'naming a stale version', STRICT_POLICY, ignore), { code: 'STATUS_MISMATCH', obligations: ['CAN-07', 'XTI-07'] });
    assert.doesNotThrow(() => expectCancelRefusal(answer(412, outcome), 'naming a stale version', resolvePolicy({ update: { mismatchStatuses: [409, 412] } }), ignore));
  });
  it('want a refused cancel to leave the stored version as it was (CAN-06)', () => {
    assert.throws(() => expectStoredUnchanged(answer(200, stored()), stored('1', 'booked', { description: 'changed' }), { versionId: '1', resource: stored() }), { code: 'REFUSED_CANCEL_STORED' });
  });
  it('accept 200 or 422 for a second cancel (C-37)', () => {
    assert.doesNotThrow(() => expectRecancelAnswer(answer(200, stored('2', 'cancelled')), ['CAN-03'], STRICT_POLICY, ignore));
    assert.doesNotThrow(() => expectRecancelAnswer(answer(422, outcome), ['CAN-03'], STRICT_POLICY, ignore));
    assert.throws(() => expectRecancelAnswer(answer(200, stored('3', 'booked')), ['CAN-03'], STRICT_POLICY, ignore), { code: 'NOT_CANCELLED' });
  });
  it('have one winner in a race (CAN-07)', () => {
    assert.doesNotThrow(() => expectOneCancelWinner([answer(409, outcome), cancelled], STRICT_POLICY, ignore));
    assert.throws(() => expectOneCancelWinner([cancelled, cancelled], STRICT_POLICY, ignore), { code: 'RACE_WINNERS', obligations: ['CAN-07'] });
  });
});
