// Each cancel variant breaks exactly the rule its scenario names, judged by the faithful mock's own
// cancel rule; the right cancel passes it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCancel } from '../../mocks/domain/booking/check-cancel.ts';
import type { StoredAppointmentVersion } from '../../mocks/domain/booking/booking-types.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { CANCEL_VARIANT_NAMES, planCancel, type CancelBasis, type CancelVariant } from './cancel-variants.ts';

const v1 = { resourceType: 'Appointment', id: 'appt-1', meta: { versionId: '1' }, status: 'booked', description: 'Ankle', contained: [{ resourceType: 'Patient', id: 'pat1' }] };
const v2 = { ...v1, meta: { versionId: '2' }, status: 'cancelled' };

function stored(resource: typeof v1): StoredAppointmentVersion {
  return { id: 'appt-1', versionId: resource.meta.versionId, lastUpdated: '', lastUpdatedMs: 0, status: resource.status as 'booked', slotId: 's1', ownerOdsCode: 'A1001', startMs: 0, endMs: 0, resource };
}

const onV1: CancelBasis = { current: { resource: v1, versionId: '1', etag: 'W/"1"' }, booked: { resource: v1, versionId: '1' } };
const onV2: CancelBasis = { current: { resource: v2, versionId: '2', etag: 'W/"2"' }, booked: { resource: v1, versionId: '1' } };

function judge(plan: { body: string; ifMatch: string | null }, current: StoredAppointmentVersion): string {
  let body: unknown;
  try {
    body = JSON.parse(plan.body);
  } catch {
    return 'UNPARSEABLE';
  }
  const result = checkCancel({ urlId: 'appt-1', ifMatch: plan.ifMatch, body, current });
  return result.ok ? 'OK' : result.problem.code;
}

describe('cancel variants judged by the mock provider\'s cancel rule', () => {
  const table: readonly [CancelVariant, CancelBasis, StoredAppointmentVersion, string][] = [
    ['as read', onV1, stored(v1), 'OK'],
    ['without an If-Match header', onV1, stored(v1), 'IF_MATCH_MISSING'],
    ['with a stale If-Match', onV2, stored(v2), 'VERSION_CONFLICT'],
    ['changing its description', onV1, stored(v1), 'CANCEL_DIFFERENCES'],
    ['with another id in the body', onV1, stored(v1), 'ID_MISMATCH'],
    ['without an id in the body', onV1, stored(v1), 'ID_MISMATCH'],
    ['with a status that is not an appointment status', onV1, stored(v1), 'PROFILE_INVALID'],
    ['with a truncated JSON body', onV1, stored(v1), 'UNPARSEABLE'],
    ['with a Patient resource as the body', onV1, stored(v1), 'BAD_BODY'],
    ['again with the same X-Request-ID', { ...onV2, previous: { body: JSON.stringify({ ...v1, status: 'cancelled' }), ifMatch: 'W/"1"', requestId: 'r-1' } }, stored(v2), 'VERSION_CONFLICT'],
  ];

  it('covers every variant', () => assert.deepEqual(table.map(([name]) => name).sort(), [...CANCEL_VARIANT_NAMES].sort()));
  for (const [name, basis, current, expected] of table) {
    it(`${name} → ${expected}`, () => assert.equal(judge(planCancel(name, basis), current), expected));
  }

  it('sends the resource as read with only the status changed, in the If-Match read (CAN-01)', () => {
    assert.deepEqual(planCancel('as read', onV1), { body: JSON.stringify({ ...v1, status: 'cancelled' }), ifMatch: 'W/"1"' });
  });
  it('repeats the previous cancel exactly, X-Request-ID included (CAN-11)', () => {
    const previous = { body: '{}', ifMatch: 'W/"1"', requestId: 'r-1' };
    assert.equal(planCancel('again with the same X-Request-ID', { ...onV2, previous }), previous);
  });
  it('cannot repeat a cancel nobody sent', () => {
    assert.throws(() => planCancel('again with the same X-Request-ID', onV1), (e: unknown) => e instanceof HarnessDefect && e.message === 'HARNESS_ERROR: a step repeats a cancel before any cancel was sent');
  });
});
