import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredAppointmentVersion } from '../booking/booking-types.ts';
import { searchPatientAppointments } from './search-patient-appointments.ts';
import { toPatientAppointmentBundle } from './to-patient-appointment-bundle.ts';

const NOW = Date.parse('2026-03-16T08:00:00Z');
const HOUR = 3_600_000;
const NHS = '9691112221';

function version(id: string, fields: Partial<StoredAppointmentVersion> = {}): StoredAppointmentVersion {
  return {
    id, versionId: '1', lastUpdated: '2026-03-15T18:00:00.000Z', lastUpdatedMs: NOW - HOUR, status: 'booked', slotId: `slot-${id}`,
    ownerOdsCode: 'A1001', nhsNumber: NHS, startMs: NOW + HOUR, endMs: NOW + 2 * HOUR,
    resource: {
      resourceType: 'Appointment', id, status: 'booked',
      contained: [{ resourceType: 'Patient', id: 'pat1' }],
      participant: [{ actor: { reference: '#pat1' }, status: 'accepted' }, { actor: { reference: 'Practitioner/p1' }, status: 'accepted' }],
    },
    ...fields,
  };
}

test('only the patient\'s appointments the consumer booked and that are not over are found (REG-02, REG-04)', () => {
  const rows: [string, Partial<StoredAppointmentVersion>, boolean][] = [
    ['future, own, same patient', {}, true],
    ['cancelled but future', { status: 'cancelled', versionId: '2' }, true],
    ['another patient', { nhsNumber: '9483726158' }, false],
    ['no NHS number', { nhsNumber: undefined }, false],
    ['booked by another organisation', { ownerOdsCode: 'B2002' }, false],
    ['ended an hour ago', { startMs: NOW - 2 * HOUR, endMs: NOW - HOUR }, false],
    ['ends exactly now', { startMs: NOW - HOUR, endMs: NOW }, false],
    ['under way', { startMs: NOW - HOUR, endMs: NOW + HOUR }, true],
  ];
  for (const [label, fields, found] of rows) {
    const result = searchPatientAppointments([version('a1', fields)], { nhsNumber: NHS, form: 'identifier' }, { odsCode: 'A1001' }, NOW);
    assert.equal(result.length, found ? 1 : 0, label);
  }
});

test('the Bundle has every match, version-specific fullUrls and the NHS number on the patient participant (REG-03, REG-05)', () => {
  const matches = Array.from({ length: 50 }, (_, i) => version(`a${i}`, { versionId: String(1 + (i % 3)) }));
  const bundle = toPatientAppointmentBundle(matches, { nhsNumber: NHS, form: 'actor-identifier' }, { baseUrl: 'https://p.example/fhir/', bundleId: 'b1', nowIso: '2026-03-16T08:00:00.000Z' });
  const entry = bundle.entry as { fullUrl: string; resource: { participant: unknown[] } }[];
  assert.equal(bundle.total, 50);
  assert.equal(entry.length, 50);
  assert.deepEqual(bundle.link, [{ relation: 'self', url: 'https://p.example/fhir/Appointment?Appointment.participant.actor%3APatient.identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9691112221' }]);
  assert.equal(entry[4].fullUrl, 'https://p.example/fhir/Appointment/a4/_history/2');
  assert.deepEqual(entry[0].resource.participant, [
    { actor: { reference: '#pat1', identifier: { use: 'official', system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS } }, status: 'accepted' },
    { actor: { reference: 'Practitioner/p1' }, status: 'accepted' },
  ]);
});

test('no match is a searchset with total 0 and no entry (REG-02)', () => {
  const bundle = toPatientAppointmentBundle([], { nhsNumber: NHS, form: 'reference' }, { baseUrl: 'https://p.example/fhir', bundleId: 'b2', nowIso: '2026-03-16T08:00:00.000Z' });
  assert.deepEqual(bundle, {
    resourceType: 'Bundle', id: 'b2', meta: { lastUpdated: '2026-03-16T08:00:00.000Z' }, type: 'searchset', total: 0,
    link: [{ relation: 'self', url: 'https://p.example/fhir/Appointment?Patient=https%3A%2F%2Fdemographics.spineservices.nhs.uk%2F9691112221' }],
  });
});
