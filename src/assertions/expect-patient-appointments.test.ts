import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFhirXml } from '../../mocks/domain/transport/fhir-xml.ts';
import { expectPatientAppointments } from './expect-patient-appointments.ts';
import { fakeExchange } from './fake-exchange.ts';

const NHS = '9691112221';
const BASE = 'https://p.example/STU3/1/x';
const VALID = { validate: async () => ({ valid: true, errors: [], warnings: [] }) };
const noWarn = () => undefined;

function appointment(id: string, actor: Record<string, unknown>) {
  return {
    fullUrl: `${BASE}/Appointment/${id}/_history/1`,
    resource: { resourceType: 'Appointment', id, meta: { versionId: '1' }, status: 'booked', start: '2026-03-16T09:00:00Z', end: '2026-03-16T09:15:00Z', created: '2026-03-15T18:00:00Z', participant: [{ actor, status: 'accepted' }] },
    search: { mode: 'match' },
  };
}

const NATIONAL = { reference: `https://demographics.spineservices.nhs.uk/${NHS}` };
const IDENTIFIED = { reference: '#pat1', identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS } };
const bundle = (entry: unknown[], link: unknown[] = [{ relation: 'self', url: `${BASE}/Appointment` }]) => ({ resourceType: 'Bundle', type: 'searchset', total: entry.length, link, entry });

test('the patient\'s appointments, named either way, pass in JSON and in XML (REG-02, REG-05)', async () => {
  const body = bundle([appointment('a1', NATIONAL), appointment('a2', IDENTIFIED)]);
  await expectPatientAppointments(fakeExchange({ body }), { nhsNumber: NHS, ids: ['a2', 'a1'] }, VALID, noWarn);
  const xml = fakeExchange({ body: toFhirXml(body), headers: { 'content-type': 'application/fhir+xml;charset=utf-8' } });
  await expectPatientAppointments(xml, { nhsNumber: NHS, ids: ['a1', 'a2'] }, VALID, noWarn);
});

test('each way of breaking the search fails with its code and obligation', async () => {
  const unversioned = { ...appointment('a1', NATIONAL), fullUrl: `${BASE}/Appointment/a1` };
  const rows: [string, unknown, string, string, string][] = [
    ['one missing', bundle([appointment('a1', NATIONAL)]), 'PATIENT_APPOINTMENTS_MISMATCH', 'REG-02', 'the search did not return exactly the 2 appointments booked for the patient'],
    ['paged', bundle([appointment('a1', NATIONAL), appointment('a2', NATIONAL)], [{ relation: 'next', url: `${BASE}/Appointment?_page=2` }]), 'PATIENT_SEARCH_PAGED', 'REG-03', 'the patient appointment search is paged (the Bundle has a next link)'],
    ['unversioned', bundle([unversioned, appointment('a2', NATIONAL)]), 'PATIENT_APPOINTMENT_FIELDS', 'REG-05', '1 field problem(s) in the returned appointments'],
    ['patient only contained', bundle([appointment('a1', { reference: '#pat1' }), appointment('a2', NATIONAL)]), 'PATIENT_APPOINTMENT_FIELDS', 'REG-05', '1 field problem(s) in the returned appointments'],
  ];
  for (const [label, body, code, obligation, reason] of rows) {
    await assert.rejects(expectPatientAppointments(fakeExchange({ body }), { nhsNumber: NHS, ids: ['a1', 'a2'] }, VALID, noWarn), (error: any) => {
      assert.deepEqual([error.code, error.obligations, error.reason], [code, [obligation], reason], label);
      return true;
    });
  }
});
