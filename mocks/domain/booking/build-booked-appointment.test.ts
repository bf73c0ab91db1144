import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBookedAppointment, LOCAL_PATIENT_ID_SYSTEM, withVersionMeta } from './build-booked-appointment.ts';
import { validateBookingRequest } from './validate-booking-request.ts';
import { buildReferenceBooking } from '../../fixtures/reference-booking.ts';
import type { SlotRecord } from '../types.ts';

type Json = Record<string, any>;
const SLOT: SlotRecord = {
  id: 'slot-0900', identifier: 'e02b7989-9b4d-4723-b96b-36a01eea7fb0', scheduleId: 'sch-gp-1',
  start: '2026-03-16T09:00:00.000+00:00', startMs: Date.parse('2026-03-16T09:00:00Z'),
  end: '2026-03-16T09:15:00.000+00:00', endMs: Date.parse('2026-03-16T09:15:00Z'), status: 'free', versionId: 1,
};
const STAMP = { id: '8d1c5a37-2f0e-4b8e-9a41-6c3b7f02d915', versionId: '1', lastUpdated: '2026-03-15T18:41:08.000Z' };

function validated(body: Json) {
  const result = validateBookingRequest(body, Date.parse('2026-03-15T18:45:00Z'));
  assert.ok(result.ok);
  return result.booking;
}

test('the stored appointment is the body with the provider id, version and status (BOOK-24)', () => {
  const body = buildReferenceBooking(SLOT) as Json;
  body.id = 'consumer-chosen-1';
  body.extension = [{ url: 'https://example.org/x', valueString: 'y' }];
  const stored = buildBookedAppointment(validated(body), STAMP) as Json;
  const { id, meta, extension, ...rest } = body;
  assert.deepEqual(stored, {
    ...rest,
    extension,
    id: STAMP.id,
    meta: { profile: meta.profile, versionId: '1', lastUpdated: STAMP.lastUpdated },
  });
  assert.equal(body.id, 'consumer-chosen-1', 'the received body is not mutated');
});

test('BOOK-28: a patient without identifier gets the provider local identifier', () => {
  const body = buildReferenceBooking(SLOT, { nhsNumber: null, containedOrder: 'doc-slot-patient' }) as Json;
  const stored = buildBookedAppointment(validated(body), STAMP) as Json;
  assert.deepEqual(stored.contained[2].identifier, [{ system: LOCAL_PATIENT_ID_SYSTEM, value: `patient-${STAMP.id}` }]);
  assert.equal(body.contained[2].identifier, undefined);
  assert.equal(stored.contained[1].identifier[0].value, SLOT.identifier);
});

test('withVersionMeta creates meta when the resource has none', () => {
  assert.deepEqual(withVersionMeta({ resourceType: 'Appointment' }, { id: 'a', versionId: '2', lastUpdated: 't' }), {
    resourceType: 'Appointment', id: 'a', meta: { versionId: '2', lastUpdated: 't' },
  });
});
