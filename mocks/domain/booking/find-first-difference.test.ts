import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFirstDifference } from './find-first-difference.ts';

const stored = {
  resourceType: 'Appointment',
  id: 'a1',
  meta: { versionId: '1' },
  status: 'booked',
  start: '2026-03-16T09:00:00.000+00:00',
  contained: [{ resourceType: 'Patient', name: [{ family: 'Penhallow', given: ['Tamsin'] }] }],
  description: 'x',
};

test('findFirstDifference names the first differing path', () => {
  const rows: [string, (s: any) => void, string | undefined][] = [
    ['identical', () => {}, undefined],
    ['key order does not matter', (s) => { const d = s.description; delete s.description; s.description = d; }, undefined],
    ['same instant in Z', (s) => { s.start = '2026-03-16T09:00:00Z'; }, undefined],
    ['same instant in +01:00', (s) => { s.start = '2026-03-16T10:00:00+01:00'; }, undefined],
    ['different instant', (s) => { s.start = '2026-03-16T09:00:01Z'; }, 'Appointment.start'],
    ['changed description', (s) => { s.description = 'y'; }, 'Appointment.description'],
    ['removed description', (s) => { delete s.description; }, 'Appointment.description'],
    ['added element', (s) => { s.comment = 'new'; }, 'Appointment.comment'],
    ['changed surname', (s) => { s.contained[0].name[0].family = 'Smith'; }, 'Appointment.contained[0].name[0].family'],
    ['extra given name', (s) => { s.contained[0].name[0].given.push('Jo'); }, 'Appointment.contained[0].name[0].given[1]'],
    ['removed contained', (s) => { s.contained = []; }, 'Appointment.contained[0]'],
    ['array became object', (s) => { s.contained = s.contained[0]; }, 'Appointment.contained'],
    ['number vs string', (s) => { s.id = 1; }, 'Appointment.id'],
    ['ignored status and meta', (s) => { s.status = 'cancelled'; s.meta = { versionId: '9' }; }, undefined],
  ];
  for (const [name, change, expected] of rows) {
    const sent = structuredClone(stored);
    change(sent);
    assert.equal(findFirstDifference(stored, sent, 'Appointment', ['meta', 'status']), expected, name);
  }
});

test('ignored keys apply at the top level only', () => {
  const s = { contained: [{ status: 'current' }] };
  assert.equal(findFirstDifference(s, { contained: [{ status: 'superseded' }] }, 'Appointment', ['status']), 'Appointment.contained[0].status');
});
