import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePolicy, STRICT_POLICY } from '../targets/conformance-policy.ts';
import type { WarningRecord } from '../verdict/verdict.ts';
import { loadCatalogueExample } from '../fhir/catalogue-examples.ts';
import { expectBookingCreated } from './expect-booking-created.ts';
import { expectIdInBodyAnswer, expectUniqueLogicalIds } from './expect-booking-outcomes.ts';
import { expectBookingRefusal } from './expect-booking-refusal.ts';
import { expectAppointmentsAdded, expectOneAppointmentForRetries, expectOneBookingWinner } from './expect-race-outcome.ts';
import { expectRetryAnswer } from './expect-retry-answer.ts';
import { expectUecResponseHeaders, expectVersionedLocation, expectWeakEtag } from './expect-version-headers.ts';
import { FHIR_JSON_HEADERS, fakeExchange } from './fake-exchange.ts';

const BASE = 'https://p.example/STU3/1/x';
const appointment = (id = 'a1', versionId = '1', status = 'booked') => ({ resourceType: 'Appointment', id, meta: { versionId }, status });
const created = (id = 'a1', headers: Record<string, string> = {}) => fakeExchange({ status: 201, body: appointment(id), headers: { ...FHIR_JSON_HEADERS, location: `${BASE}/Appointment/${id}/_history/1`, etag: 'W/"1"', ...headers } });
const outcome = (diagnostics: string, extra: Record<string, unknown> = {}) => ({ resourceType: 'OperationOutcome', id: 'o1', issue: [{ severity: 'error', code: 'duplicate', diagnostics, ...extra }] });
const refusal = (status: number, body: unknown = outcome('no')) => fakeExchange({ status, body });
const ignore = () => undefined;

describe('expectBookingCreated (BOOK-21, BOOK-24)', () => {
  it('returns the id and version of a 201 booked Appointment', () => {
    assert.deepEqual(expectBookingCreated(created(), ['BOOK-21']).id, 'a1');
  });
  const table: readonly [string, ReturnType<typeof fakeExchange>, string, readonly string[]][] = [
    ['a 200', fakeExchange({ status: 200, body: appointment() }), 'STATUS_MISMATCH', ['BOOK-21']],
    ['no version', fakeExchange({ status: 201, body: { resourceType: 'Appointment', id: 'a1', status: 'booked' } }), 'APPOINTMENT_UNIDENTIFIED', ['BOOK-21', 'BOOK-24']],
    ['status pending', fakeExchange({ status: 201, body: appointment('a1', '1', 'pending') }), 'NOT_BOOKED', ['BOOK-21', 'BOOK-24']],
    ['a Location naming another id', created('a1', { location: `${BASE}/Appointment/zz/_history/1` }), 'LOCATION_MISMATCH', ['BOOK-24']],
  ];
  for (const [name, exchange, code, obligations] of table) {
    it(`fails ${name} with ${code}`, () => assert.throws(() => expectBookingCreated(exchange, ['BOOK-21']), { code, obligations }));
  }
});

describe('version headers (BOOK-22, BOOK-23, HTTP-11, HTTP-12)', () => {
  const version = { id: 'a1', versionId: '1' };
  it('accepts the versioned Location and refuses an un-versioned one unless the target relaxes it', () => {
    assert.doesNotThrow(() => expectVersionedLocation(created(), version, BASE, STRICT_POLICY));
    const bare = created('a1', { location: `${BASE}/Appointment/a1` });
    assert.throws(() => expectVersionedLocation(bare, version, BASE, STRICT_POLICY), { code: 'LOCATION_FORM', obligations: ['BOOK-22'], actual: `${BASE}/Appointment/a1` });
    assert.doesNotThrow(() => expectVersionedLocation(bare, version, BASE, resolvePolicy({ booking: { requireVersionedLocation: false } })));
  });
  it('wants the weak ETag of the version, or warns without one when C-40 is relaxed', () => {
    assert.throws(() => expectWeakEtag(created('a1', { etag: '"1"' }), '1', ['BOOK-23'], STRICT_POLICY, ignore), { code: 'ETAG', expected: 'W/"1"', actual: '"1"' });
    const warnings: WarningRecord[] = [];
    expectWeakEtag(fakeExchange({ status: 201, body: appointment() }), '1', ['BOOK-23'], resolvePolicy({ http: { requireEtag: false } }), (w) => warnings.push(w));
    assert.deepEqual(warnings.map((w) => w.code), ['NO_ETAG']);
  });
  it('warns on a missing Content-Location (C-40) and fails one naming another resource', () => {
    const warnings: WarningRecord[] = [];
    expectUecResponseHeaders(created(), 'create', version, STRICT_POLICY, (w) => warnings.push(w));
    assert.deepEqual(warnings.map((w) => w.message), ['the create answer has no Content-Location (C-40: a warning unless http.requireContentLocation)']);
    assert.throws(() => expectUecResponseHeaders(created('a1', { 'content-location': `${BASE}/Appointment/zz` }), 'create', version, STRICT_POLICY, ignore), { code: 'CONTENT_LOCATION', obligations: ['HTTP-12'] });
  });
});

describe('expectBookingRefusal', () => {
  it('wants the exact slot-taken outcome of section 4.3 (BOOK-17)', () => {
    assert.doesNotThrow(() => expectBookingRefusal(refusal(422, loadCatalogueExample('slot-taken-outcome')), 'the slot is taken', STRICT_POLICY, ignore));
    assert.throws(() => expectBookingRefusal(refusal(422, outcome('Slot is busy', { code: 'processing' })), 'the slot is taken', STRICT_POLICY, ignore), { code: 'SLOT_TAKEN_SHAPE', obligations: ['BOOK-17'] });
    assert.throws(() => expectBookingRefusal(refusal(409, loadCatalogueExample('slot-taken-outcome')), 'the slot is taken', STRICT_POLICY, ignore), { code: 'STATUS_MISMATCH', obligations: ['BOOK-17'] });
  });
  it('accepts a lenient status only when the target declares it (C-07)', () => {
    assert.doesNotThrow(() => expectBookingRefusal(refusal(409, loadCatalogueExample('slot-taken-outcome')), 'the slot is taken', resolvePolicy({ booking: { slotTakenStatuses: [422, 409] } }), ignore));
  });
  it('wants an invalid NHS number pointed at, and warns without the Spine code (BOOK-29)', () => {
    assert.throws(() => expectBookingRefusal(refusal(422, outcome('bad')), 'an invalid NHS number', STRICT_POLICY, ignore), { code: 'OUTCOME_NOT_POINTING', obligations: ['BOOK-29'] });
    const warnings: WarningRecord[] = [];
    expectBookingRefusal(refusal(422, outcome('bad', { expression: ['Appointment.contained[1].identifier[0].value'] })), 'an invalid NHS number', STRICT_POLICY, (w) => warnings.push(w));
    assert.deepEqual(warnings.map((w) => w.code), ['NO_INVALID_NHS_NUMBER_CODE']);
  });
});

describe('expectRetryAnswer (XTI-05, CAN-11, C-08)', () => {
  const original = { id: 'a1', versionId: '1' };
  const replay = resolvePolicy({ integrity: { retryBehaviour: 'replay' } });
  const table: readonly [string, ReturnType<typeof fakeExchange>, typeof STRICT_POLICY, string | undefined][] = [
    ['a 409 naming X-Request-ID', refusal(409, outcome('X-Request-ID r-1 was already used')), STRICT_POLICY, undefined],
    ['a 409 that does not say why', refusal(409, outcome('conflict')), STRICT_POLICY, 'RETRY_NOT_NAMED'],
    ['a 422', refusal(422), STRICT_POLICY, 'RETRY_ANSWER'],
    ['a replay where none is declared', created(), STRICT_POLICY, 'RETRY_ANSWER'],
    ['a replay where one is declared', created(), replay, undefined],
    ['a second appointment', created('a2'), replay, 'DUPLICATE_APPOINTMENT'],
    ['a 409 where only replays are declared', refusal(409, outcome('X-Request-ID reused')), replay, 'RETRY_ANSWER'],
  ];
  for (const [name, exchange, policy, code] of table) {
    it(`${code ? 'fails' : 'accepts'} ${name}`, () => {
      const run = () => expectRetryAnswer(exchange, original, 'booking', policy, ignore);
      if (code) assert.throws(run, { code, obligations: ['XTI-05'] });
      else assert.doesNotThrow(run);
    });
  }
  it('cannot tell a replayed cancel from a second write when the first cancel left the version where it was (CAN-11)', () => {
    const cancelPolicy = resolvePolicy({ integrity: { updateRetryBehaviour: 'replay' } });
    const stuck = { id: 'a1', versionId: '1', previousVersionId: '1' };
    assert.throws(() => expectRetryAnswer(fakeExchange({ status: 200, body: appointment('a1') }), stuck, 'cancel', cancelPolicy, ignore), { code: 'INCONCLUSIVE_PRECONDITION', obligations: ['CAN-11'] });
  });
  it('fails a replayed cancel whose meta.lastUpdated moved: the appointment was written again (CAN-11)', () => {
    const cancelPolicy = resolvePolicy({ integrity: { updateRetryBehaviour: 'replay' } });
    const stamped = (at: string) => ({ ...appointment('a1'), meta: { versionId: '1', lastUpdated: at } });
    const first = { id: 'a1', versionId: '1', previousVersionId: '0', resource: stamped('2026-03-16T08:00:00.000Z') };
    assert.doesNotThrow(() => expectRetryAnswer(fakeExchange({ status: 200, body: stamped('2026-03-16T08:00:00.000Z') }), first, 'cancel', cancelPolicy, ignore));
    assert.throws(() => expectRetryAnswer(fakeExchange({ status: 200, body: stamped('2026-03-16T08:00:01.000Z') }), first, 'cancel', cancelPolicy, ignore), { code: 'RETRY_REWROTE', obligations: ['CAN-11'] });
  });
  it('judges a booking retry and a cancel retry by their own keys (C-08)', () => {
    const split = resolvePolicy({ integrity: { createRetryBehaviour: 'replay', updateRetryBehaviour: 'conflict' } });
    assert.doesNotThrow(() => expectRetryAnswer(created(), original, 'booking', split, ignore));
    assert.throws(() => expectRetryAnswer(fakeExchange({ status: 200, body: appointment('a1') }), original, 'cancel', split, ignore), { code: 'RETRY_ANSWER', obligations: ['CAN-11'] });
  });
  it('says why a 422 is wrong', () => {
    assert.throws(() => expectRetryAnswer(refusal(422), original, 'cancel', STRICT_POLICY, ignore), { reason: 'a retry of a request that succeeded was refused as a new request (422 hides that the first attempt succeeded, C-08)', expected: '409 naming X-Request-ID', obligations: ['CAN-11'] });
  });
});

describe('races', () => {
  const taken = () => refusal(422, loadCatalogueExample('slot-taken-outcome'));
  it('have exactly one winning booking (BOOK-17)', () => {
    assert.doesNotThrow(() => expectOneBookingWinner([taken(), created(), taken()], STRICT_POLICY, ignore));
    assert.throws(() => expectOneBookingWinner([created('a1'), created('a2'), taken()], STRICT_POLICY, ignore), { code: 'RACE_WINNERS', actual: [201, 201, 422], reason: '2 of 3 concurrent requests were answered 201' });
  });
  it('warn once for what every loser lacks', () => {
    const warnings: WarningRecord[] = [];
    expectOneBookingWinner([created(), taken(), taken(), taken()], STRICT_POLICY, (w) => warnings.push(w));
    assert.deepEqual(warnings.map((w) => w.code), ['OUTCOME_NO_LOCATION']);
  });
  it('create one appointment for concurrent retries (XTI-05)', () => {
    const conflict = () => refusal(409, outcome('X-Request-ID reused'));
    assert.doesNotThrow(() => expectOneAppointmentForRetries([conflict(), created(), conflict()], STRICT_POLICY, ignore));
    assert.throws(() => expectOneAppointmentForRetries([created('a1'), created('a2')], STRICT_POLICY, ignore), { code: 'DUPLICATE_APPOINTMENT' });
    assert.throws(() => expectOneAppointmentForRetries([created(), taken()], STRICT_POLICY, ignore), { code: 'RETRY_ANSWER' });
  });
  it('leave no orphan, where the provider can count (BOOK-16)', () => {
    assert.throws(() => expectAppointmentsAdded({ before: 3, after: 4 }, 0, refusal(422), ['BOOK-16'], ignore), { code: 'ORPHAN_APPOINTMENT', expected: 0, actual: 1 });
    const warnings: WarningRecord[] = [];
    expectAppointmentsAdded({ before: undefined, after: undefined }, 0, refusal(422), ['BOOK-16'], (w) => warnings.push(w));
    assert.deepEqual(warnings.map((w) => w.code), ['APPOINTMENTS_UNCOUNTABLE']);
  });
});

describe('booking outcomes', () => {
  it('want distinct logical ids (BOOK-25)', () => {
    assert.doesNotThrow(() => expectUniqueLogicalIds([created('a1'), created('a2')]));
    assert.throws(() => expectUniqueLogicalIds([created('a1'), created('a1')]), { code: 'ID_REUSED', reason: 'id a1 was already given to the booking of exchange x-test-1' });
  });
  it('want the consumer\'s id ignored, or the refusal the target declares (BOOK-03)', () => {
    assert.throws(() => expectIdInBodyAnswer(created('consumer-chosen-1'), 'consumer-chosen-1', STRICT_POLICY, ignore), { code: 'CONSUMER_ID_KEPT' });
    assert.throws(() => expectIdInBodyAnswer(refusal(422), 'consumer-chosen-1', STRICT_POLICY, ignore), { code: 'STATUS_MISMATCH' });
    assert.doesNotThrow(() => expectIdInBodyAnswer(refusal(422), 'consumer-chosen-1', resolvePolicy({ booking: { idInBodyStatuses: [201, 400, 422] } }), ignore));
  });
});
