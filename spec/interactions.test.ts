import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INTERACTIONS, INTERACTION_IDS, INTERACTION_SCOPES, interactionFor } from './interactions.ts';
import type { Interaction } from './interactions.ts';

test('interactionFor maps verb and path to the interaction', async (t) => {
  const cases: [string, string, Interaction | undefined][] = [
    ['GET', '/metadata', 'metadata'],
    ['GET', '/Slot', 'slot-search'],
    ['GET', '/Slot?schedule.actor:healthcareservice=124459850&status=free', 'slot-search'],
    ['POST', '/Appointment', 'appointment-create'],
    ['GET', '/Appointment', 'appointment-search'],
    ['GET', '/Appointment?patient.identifier=9691112221', 'appointment-search'],
    ['GET', '/Appointment/a.B-9', 'appointment-read'],
    ['GET', '/Appointment/a1/_history/2', 'appointment-read'],
    ['PUT', '/Appointment/a1', 'appointment-update'],
    ['get', '/Slot', 'slot-search'],
    // Unknown verbs and paths are not interactions (405/404 are the caller's business).
    ['POST', '/Slot', undefined],
    ['DELETE', '/Appointment/a1', undefined],
    ['PATCH', '/Appointment/a1', undefined],
    ['PUT', '/Appointment', undefined],
    ['POST', '/Appointment/a1', undefined],
    ['GET', '/slot', undefined],
    ['GET', '/Slot/', undefined],
    ['GET', '/Appointment/a1/_history', undefined],
    ['GET', '/Appointment/a1/_history/2/x', undefined],
    ['GET', '/Schedule', undefined],
    ['GET', '/metadata/x', undefined],
  ];
  for (const [method, path, expected] of cases) {
    await t.test(`${method} ${path}`, () => assert.equal(interactionFor(method, path), expected));
  }
});

test('every interaction has an interaction id and a scope from the catalogue tables', () => {
  assert.deepEqual(INTERACTIONS.map((i) => [i, INTERACTION_IDS[i], INTERACTION_SCOPES[i]]), [
    ['metadata', 'urn:nhs:names:services:careconnect:fhir:rest:read:metadata', 'organization/slot.read'],
    ['slot-search', 'urn:nhs:names:services:careconnect:fhir:rest:search:slot', 'organization/slot.read'],
    ['appointment-create', 'urn:nhs:names:services:careconnect:fhir:rest:create:appointment', 'patient/appointment.write'],
    ['appointment-read', 'urn:nhs:names:services:careconnect:fhir:rest:read:appointment', 'patient/appointment.read'],
    ['appointment-update', 'urn:nhs:names:services:careconnect:fhir:rest:update:appointment', 'patient/appointment.write'],
    ['appointment-search', 'urn:nhs:names:services:careconnect:fhir:rest:search:appointment', 'patient/appointment.read'],
  ]);
});
