import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeBookingBody } from './judge-booking-body.ts';
import { referenceBookingBody, T0_MS } from '../../fixtures/judge-test-recording.ts';
import type { StructuralValidator } from './judge-context.ts';

const CTX = { enforceContainedOrder: false };
const deviations = (body: unknown, ctx: Parameters<typeof judgeBookingBody>[2] = CTX) =>
  judgeBookingBody(body, T0_MS, ctx).filter((f) => f.outcome !== 'pass').map((f) => [f.obligation, f.outcome, f.message]);

test('the reference booking meets every booking obligation, each judged once', () => {
  const findings = judgeBookingBody(referenceBookingBody(), T0_MS, CTX);
  assert.deepEqual(findings.filter((f) => f.outcome !== 'pass'), []);
  assert.deepEqual(findings.map((f) => f.obligation), [
    'BOOK-02', 'BOOK-04', 'BOOK-05', 'BOOK-07', 'BOOK-08', 'BOOK-09', 'BOOK-10', 'BOOK-11', 'BOOK-12', 'BOOK-13',
    'PROF-05', 'PROF-06', 'PROF-07', 'PROF-08', 'PROF-09', 'PROF-11', 'PROF-12', 'BOOK-15', 'PROF-01', 'PROF-03', 'TIME-01', 'TIME-02',
  ]);
});

test('a body that is not an Appointment is a BOOK-01 failure and nothing else', () => {
  assert.deepEqual(deviations({ resourceType: 'Patient' }), [['BOOK-01', 'fail', 'the booking body is not a JSON Appointment resource']]);
  assert.deepEqual(deviations(undefined), [['BOOK-01', 'fail', 'the booking body is not a JSON Appointment resource']]);
});

test('two contained Patients fail BOOK-05', () => {
  const body = referenceBookingBody() as { contained: unknown[] };
  body.contained = [...body.contained, { ...(body.contained[1] as object), id: 'pat2' }];
  assert.deepEqual(deviations(body), [['BOOK-05', 'fail', 'contained must hold exactly one DocumentReference, one Patient and one Slot; found 1 DocumentReference, 2 Patient, 1 Slot among 4 resources']]);
});

test('a patient without an NHS number passes PROF-05 and is not judged on PROF-06/07', () => {
  const body = referenceBookingBody() as { contained: Record<string, unknown>[] };
  delete body.contained[1].identifier;
  const findings = judgeBookingBody(body, T0_MS, CTX);
  assert.deepEqual(findings.filter((f) => f.obligation.startsWith('PROF-0') && f.obligation < 'PROF-08').map((f) => [f.obligation, f.message]), [
    ['PROF-05', 'no identifier: no NHS number known'],
    ['PROF-01', 'every contained resource declares its CareConnect profile'],
    ['PROF-03', 'Appointment is valid FHIR JSON in shape'],
  ]);
});

test('PROF-02 counts only the structural messages no other obligation owns', () => {
  const validator: StructuralValidator = () => [
    { message: 'Appointment/description is required', severity: 'error', obligation: 'BOOK-08' },
    { message: 'Appointment/foo is not allowed', severity: 'error' },
    { message: 'Appointment/contained/3 has no schema here', severity: 'warning' },
  ];
  assert.deepEqual(deviations(referenceBookingBody(), { ...CTX, validateStructure: validator }), [['PROF-02', 'fail', 'Appointment/foo is not allowed']]);
  assert.deepEqual(deviations(referenceBookingBody(), { ...CTX, validateStructure: () => [] }), []);
});
