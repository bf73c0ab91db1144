// The bodies the suite sends are judged by the same rules the faithful mock applies and by the
// offline FHIR validator: what a scenario expects a provider to accept must really be acceptable,
// and each refused variant must break exactly the rule its scenario names.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateBookingRequest } from '../../mocks/domain/booking/validate-booking-request.ts';
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { createFhirValidator } from '../fhir/validate-resource.ts';
import { slotEntry } from '../assertions/fake-exchange.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import { buildBookingBody } from './booking-body.ts';
import { applyBookingVariant, BOOKING_VARIANT_NAMES, containedOfType, inPlusOneHour, type BookingVariant } from './booking-variants.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
const SLOT = slotEntry('slot-0900', 'sch-gp-1').resource as FhirResource;
const CDA = '3f1b2f4e-8c51-4d0e-9a39-0b6c7c4a9d21';
const body = buildBookingBody({ slot: SLOT, nowMs: NOW, cdaId: CDA });
const UUID = '0d6c1e2a-5b7f-4c3d-8e9f-a1b2c3d4e5f6';
const vary = (name: BookingVariant): JsonObject => applyBookingVariant(name, { body, uuid: UUID });

describe('buildBookingBody', () => {
  it('copies the searched slot into the contained Slot, identifier system included (BOOK-15)', () => {
    assert.deepEqual(containedOfType(body, 'Slot'), {
      resourceType: 'Slot',
      id: 'slot-0900',
      meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1'] },
      identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: 'e02b7989-9b4d-4723-b96b-36a01eea7fb0' }],
      schedule: { reference: 'Schedule/sch-gp-1' },
      status: 'busy',
      start: '2026-03-16T09:00:00+00:00',
      end: '2026-03-16T09:15:00+00:00',
    });
    assert.deepEqual([body.start, body.end, body.slot], ['2026-03-16T09:00:00+00:00', '2026-03-16T09:15:00+00:00', [{ reference: '#slot-0900' }]]);
  });

  it('keeps the identifier system the target uses', () => {
    const other = buildBookingBody({ slot: { ...SLOT, identifier: [{ system: 'urn:example:slot-ids', value: 'S-1' }] }, nowMs: NOW, cdaId: CDA });
    assert.deepEqual(containedOfType(other, 'Slot')?.identifier, [{ system: 'urn:example:slot-ids', value: 'S-1' }]);
  });

  it('names a fresh CDA and sets created a minute before now (C-17)', () => {
    assert.deepEqual(containedOfType(body, 'DocumentReference')?.identifier, [{ system: 'https://tools.ietf.org/html/rfc4122', value: CDA }]);
    assert.equal(body.created, '2026-03-16T07:29:00Z');
  });

  it('is a valid create request for the offline validator', async () => {
    const validator = createFhirValidator({ javaValidator: { env: {} } });
    assert.deepEqual(await validator.validate(body, 'AppointmentCreateRequest'), { valid: true, errors: [], warnings: [] });
  });
});

describe('booking variants judged by the mock provider\'s rules', () => {
  const accepted: readonly BookingVariant[] = [
    'the contained resources ordered DocumentReference, Slot, Patient', 'a patient without an NHS number', 'only a contact telecom',
    'a telecom and a contact telecom', 'an unknown extension', 'an id in the body', 'its times written in +01:00', 'a contained Slot that does not exist',
  ];
  const refused: readonly [BookingVariant, string, string][] = [
    ['an invalid NHS number', 'INVALID_NHS_NUMBER', 'Appointment.contained[1].identifier[0].value'],
    ['two contact points of rank 1', 'PROFILE_INVALID', 'Appointment.contained[1].telecom[1].rank'],
    ['no description', 'PROFILE_INVALID', 'Appointment.description'],
    ['no contained Patient', 'PROFILE_INVALID', 'Appointment.contained'],
    ['the status pending', 'PROFILE_INVALID', 'Appointment.status'],
  ];

  it('covers every variant', () => {
    assert.deepEqual([...accepted, ...refused.map(([name]) => name)].sort(), [...BOOKING_VARIANT_NAMES].sort());
  });
  for (const name of accepted) {
    it(`accepts ${name}`, () => assert.equal(validateBookingRequest(vary(name), NOW).ok, true));
  }
  for (const [name, code, expression] of refused) {
    it(`refuses ${name} with ${code} at ${expression}`, () => {
      const result = validateBookingRequest(vary(name), NOW);
      assert.deepEqual(result.ok ? undefined : [result.problem.code, result.problem.expression], [code, [expression]]);
    });
  }
});

describe('what each variant changes', () => {
  it('orders the contained resources as TKW does (BOOK-06)', () => {
    assert.deepEqual((vary('the contained resources ordered DocumentReference, Slot, Patient').contained as JsonObject[]).map((r) => r.resourceType), ['DocumentReference', 'Slot', 'Patient']);
  });
  it('keeps only a contact telecom, ranked primary (PROF-14)', () => {
    const patient = containedOfType(vary('only a contact telecom'), 'Patient');
    assert.deepEqual([patient?.telecom, (patient?.contact as { telecom: unknown }[])[0].telecom], [undefined, [{ system: 'phone', value: '01632 960118', use: 'home', rank: 1 }]]);
  });
  it('points the Appointment at a slot nobody has (BOOK-16)', () => {
    const changed = vary('a contained Slot that does not exist');
    assert.deepEqual([changed.slot, containedOfType(changed, 'Slot')?.id, containedOfType(changed, 'Slot')?.identifier], [[{ reference: '#slot-0d6c1e2a' }], 'slot-0d6c1e2a', [{ system: 'https://tools.ietf.org/html/rfc4122', value: UUID }]]);
  });
  it('writes the same instants in +01:00 (TIME-05)', () => {
    const changed = vary('its times written in +01:00');
    assert.deepEqual([changed.start, containedOfType(changed, 'Slot')?.end], ['2026-03-16T10:00:00+01:00', '2026-03-16T10:15:00+01:00']);
  });
  it('never changes the body it was given', () => {
    vary('no description');
    assert.equal(body.description, 'Suspected ankle fracture after fall; NHS 111 assessment');
  });
});

describe('inPlusOneHour', () => {
  const table: readonly [unknown, unknown][] = [
    ['2026-03-16T09:00:00Z', '2026-03-16T10:00:00+01:00'],
    ['2026-03-16T23:30:00.250+00:00', '2026-03-17T00:30:00.250+01:00'],
    ['not an instant', 'not an instant'],
    [undefined, undefined],
  ];
  for (const [input, expected] of table) it(`writes ${String(input)} as ${String(expected)}`, () => assert.equal(inPlusOneHour(input), expected));
});
