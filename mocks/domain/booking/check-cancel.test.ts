import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCancel } from './check-cancel.ts';
import type { StoredAppointmentVersion } from './booking-types.ts';
import type { SlotRecord } from '../types.ts';
import { buildReferenceBooking } from '../../fixtures/reference-booking.ts';

type Json = Record<string, any>;
const ID = '8d1c5a37-2f0e-4b8e-9a41-6c3b7f02d915';
const SLOT: SlotRecord = {
  id: 'slot-0900', identifier: 'e02b7989-9b4d-4723-b96b-36a01eea7fb0', scheduleId: 'sch-gp-1',
  start: '2026-03-16T09:00:00.000+00:00', startMs: Date.parse('2026-03-16T09:00:00Z'),
  end: '2026-03-16T09:15:00.000+00:00', endMs: Date.parse('2026-03-16T09:15:00Z'), status: 'free', versionId: 1,
};

function version(versionId: string, status: 'booked' | 'cancelled'): StoredAppointmentVersion {
  const body = buildReferenceBooking(SLOT) as Json;
  const resource = { ...body, id: ID, meta: { ...body.meta, versionId, lastUpdated: '2026-03-15T18:41:08.000Z' }, status };
  return { id: ID, versionId, lastUpdated: '2026-03-15T18:41:08.000Z', lastUpdatedMs: 0, status, slotId: SLOT.id, ownerOdsCode: 'A1001', startMs: 0, endMs: 0, resource };
}

const V1 = version('1', 'booked');

/** The body a well-behaved consumer sends: the version read, with only status changed (CAN-01). */
function cancelBody(change: (b: Json) => void = () => {}, from: StoredAppointmentVersion = V1): Json {
  const b = structuredClone(from.resource) as Json;
  b.status = 'cancelled';
  change(b);
  return b;
}

test('a proper cancel yields the stored resource with status cancelled', () => {
  assert.deepEqual(checkCancel({ urlId: ID, ifMatch: 'W/"1"', body: cancelBody(), current: V1 }), {
    ok: true, next: { ...V1.resource, status: 'cancelled' }, alreadyCancelled: false,
  });
});

test('accepted variants', () => {
  const rows: [string, string, (b: Json) => void][] = [
    ['strong ETag', '"1"', () => {}],
    ['meta dropped by the consumer', 'W/"1"', (b) => { delete b.meta; }],
    ['instants re-serialised in Z (TIME-05)', 'W/"1"', (b) => { b.start = '2026-03-16T09:00:00Z'; b.contained[2].end = '2026-03-16T09:15:00Z'; }],
  ];
  for (const [name, ifMatch, change] of rows) {
    const result = checkCancel({ urlId: ID, ifMatch, body: cancelBody(change), current: V1 });
    assert.deepEqual(result, { ok: true, next: { ...V1.resource, status: 'cancelled' }, alreadyCancelled: false }, name);
  }
});

test('C-37: re-cancelling with the current If-Match is accepted idempotently', () => {
  const V2 = version('2', 'cancelled');
  assert.deepEqual(checkCancel({ urlId: ID, ifMatch: 'W/"2"', body: cancelBody(() => {}, V2), current: V2 }), {
    ok: true, next: V2.resource, alreadyCancelled: true,
  });
});

test('refusals, in the order the checks run', () => {
  const V2 = version('2', 'cancelled');
  const rows: [string, string | null, unknown, StoredAppointmentVersion, unknown][] = [
    ['no If-Match (CAN-08)', null, cancelBody(), V1, { code: 'IF_MATCH_MISSING', diagnostics: 'An If-Match header with the version read is required to cancel (CAN-08)' }],
    ['blank If-Match', ' ', cancelBody(), V1, { code: 'IF_MATCH_MISSING', diagnostics: 'An If-Match header with the version read is required to cancel (CAN-08)' }],
    ['If-Match *', '*', cancelBody(), V1, { code: 'IF_MATCH_MISSING', diagnostics: 'If-Match must name one version, as W/"<versionId>"; got * (CAN-08)' }],
    ['stale If-Match (CAN-07)', 'W/"1"', cancelBody(() => {}, V2), V2, { code: 'VERSION_CONFLICT', diagnostics: 'If-Match W/"1" does not match the current version W/"2" (CAN-07)' }],
    ['future If-Match', 'W/"7"', cancelBody(), V1, { code: 'VERSION_CONFLICT', diagnostics: 'If-Match W/"7" does not match the current version W/"1" (CAN-07)' }],
    ['body not an Appointment', 'W/"1"', { resourceType: 'Patient', id: ID }, V1, { code: 'BAD_BODY', diagnostics: 'The request body is not an Appointment resource (CAN-09)' }],
    ['body not an object', 'W/"1"', 'cancelled', V1, { code: 'BAD_BODY', diagnostics: 'The request body is not an Appointment resource (CAN-09)' }],
    ['body without id (CAN-12, C-23)', 'W/"1"', cancelBody((b) => { delete b.id; }), V1,
      { code: 'ID_MISMATCH', diagnostics: `The body has no id; it must equal the URL id ${ID} (CAN-12)`, expression: ['Appointment.id'] }],
    ['body id differs (CAN-12)', 'W/"1"', cancelBody((b) => { b.id = 'other'; }), V1,
      { code: 'ID_MISMATCH', diagnostics: `The body has id other; it must equal the URL id ${ID} (CAN-12)`, expression: ['Appointment.id'] }],
    ['description changed (CAN-06, HB-07)', 'W/"1"', cancelBody((b) => { b.description = 'Changed'; }), V1,
      { code: 'CANCEL_DIFFERENCES', diagnostics: 'Differences detected: Appointment.description differs from version 1; a cancel may change only status (CAN-06)', expression: ['Appointment.description'] }],
    ['patient surname changed (TKW)', 'W/"1"', cancelBody((b) => { b.contained[1].name[0].family = 'Smith'; }), V1,
      { code: 'CANCEL_DIFFERENCES', diagnostics: 'Differences detected: Appointment.contained[1].name[0].family differs from version 1; a cancel may change only status (CAN-06)', expression: ['Appointment.contained[1].name[0].family'] }],
    ['element added', 'W/"1"', cancelBody((b) => { b.comment = 'please cancel'; }), V1,
      { code: 'CANCEL_DIFFERENCES', diagnostics: 'Differences detected: Appointment.comment differs from version 1; a cancel may change only status (CAN-06)', expression: ['Appointment.comment'] }],
    ['status left booked', 'W/"1"', cancelBody((b) => { b.status = 'booked'; }), V1,
      { code: 'PROFILE_INVALID', diagnostics: 'A cancel must set status to cancelled, got booked (CAN-01)', expression: ['Appointment.status'] }],
    ['status entered in error (C-19)', 'W/"1"', cancelBody((b) => { b.status = 'entered in error'; }), V1,
      { code: 'PROFILE_INVALID', diagnostics: 'A cancel must set status to cancelled, got entered in error (CAN-01)', expression: ['Appointment.status'] }],
    ['un-cancel', 'W/"2"', cancelBody((b) => { b.status = 'booked'; }, V2), V2,
      { code: 'PROFILE_INVALID', diagnostics: 'A cancel must set status to cancelled, got booked (CAN-01)', expression: ['Appointment.status'] }],
  ];
  for (const [name, ifMatch, body, current, problem] of rows) {
    assert.deepEqual(checkCancel({ urlId: ID, ifMatch, body, current }), { ok: false, problem }, name);
  }
});
