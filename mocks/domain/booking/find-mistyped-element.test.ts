import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReferenceBooking } from '../../fixtures/reference-booking.ts';
import { buildDefaultFixture } from '../../fixtures/default-fixture.ts';
import { findMistypedElement } from './find-mistyped-element.ts';

const SLOT = buildDefaultFixture(Date.parse('2026-03-16T07:00:00Z')).slots[0];
type Json = Record<string, any>;

function booking(change: (b: Json) => void = () => {}): Json {
  const body = buildReferenceBooking(SLOT) as Json;
  change(body);
  return body;
}

test('the reference booking, with unknown elements and extensions, has every known element well typed', () => {
  assert.equal(findMistypedElement(booking(), 'Appointment', 'Appointment'), undefined);
  const extended = booking((b) => {
    b.futureElement = { toString: 1 };
    b.extension = [{ url: 'https://example.org/x', valueString: 'y', valueQuantity: { value: 3 } }];
    b.contained[1].communication = [{ language: { coding: [] } }];
  });
  assert.equal(findMistypedElement(extended, 'Appointment', 'Appointment'), undefined);
});

test('names the first element whose JSON type is wrong, at any depth', () => {
  const cases: [(b: Json) => void, { expression: string; expected: string; got: string }][] = [
    [(b) => { b.language = { toString: 1 }; }, { expression: 'Appointment.language', expected: 'a string', got: 'an object' }],
    [(b) => { b.meta.profile[0] = ['x']; }, { expression: 'Appointment.meta.profile[0]', expected: 'a string', got: 'an array of 1' }],
    [(b) => { b.meta.profile = 'x'; }, { expression: 'Appointment.meta.profile', expected: 'an array of string', got: 'x' }],
    [(b) => { b.contained[1].telecom[0].rank = '1'; }, { expression: 'Appointment.contained[1].telecom[0].rank', expected: 'a number', got: '1' }],
    [(b) => { b.contained[1].address[0].line[0] = null; }, { expression: 'Appointment.contained[1].address[0].line[0]', expected: 'a string', got: 'null' }],
    [(b) => { b.contained[1].contact[0].name.given[0] = { toString: 1 }; }, { expression: 'Appointment.contained[1].contact[0].name.given[0]', expected: 'a string', got: 'an object' }],
    [(b) => { b.contained[0].content[0].attachment = 'x'; }, { expression: 'Appointment.contained[0].content[0].attachment', expected: 'an Attachment object', got: 'x' }],
    [(b) => { b.participant[0].actor.display = 7; }, { expression: 'Appointment.participant[0].actor.display', expected: 'a string', got: '7' }],
    [(b) => { b.contained[2].identifier[0].system = true; }, { expression: 'Appointment.contained[2].identifier[0].system', expected: 'a string', got: 'true' }],
    [(b) => { b.contained = { a: 1 }; }, { expression: 'Appointment.contained', expected: 'an array of resources', got: 'an object' }],
    [(b) => { b.contained[0] = 'doc'; }, { expression: 'Appointment.contained[0]', expected: 'a resource', got: 'doc' }],
    [(b) => { b.contained[0].resourceType = { toString: 1 }; }, { expression: 'Appointment.contained[0].resourceType', expected: 'a string', got: 'an object' }],
  ];
  for (const [change, expected] of cases) assert.deepEqual(findMistypedElement(booking(change), 'Appointment', 'Appointment'), expected);
});
