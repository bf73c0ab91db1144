import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAppointmentAccess } from './check-appointment-access.ts';

const APPOINTMENT = { id: 'a1', ownerOdsCode: 'A1001' };

test('JWT-23: only the booking organisation may read or cancel, unless the switch says any', () => {
  assert.equal(checkAppointmentAccess(APPOINTMENT, { odsCode: 'A1001' }, { appointmentAccess: 'owner' }, 'read'), undefined);
  assert.equal(checkAppointmentAccess(APPOINTMENT, { odsCode: 'A1001', asid: '9' }, { appointmentAccess: 'owner' }, 'cancel'), undefined);
  assert.deepEqual(checkAppointmentAccess(APPOINTMENT, { odsCode: 'B2002' }, { appointmentAccess: 'owner' }, 'read'), {
    code: 'ORG_DENIED', diagnostics: 'Organisation B2002 may not read Appointment/a1: only the organisation that booked it may (JWT-23)',
  });
  assert.deepEqual(checkAppointmentAccess(APPOINTMENT, { odsCode: 'a1001' }, { appointmentAccess: 'owner' }, 'cancel'), {
    code: 'ORG_DENIED', diagnostics: 'Organisation a1001 may not cancel Appointment/a1: only the organisation that booked it may (JWT-23)',
  });
  assert.equal(checkAppointmentAccess(APPOINTMENT, { odsCode: 'B2002' }, { appointmentAccess: 'any' }, 'cancel'), undefined);
});
