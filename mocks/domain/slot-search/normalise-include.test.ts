import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseInclude } from './normalise-include.ts';
import { INCLUDE_TARGETS } from './slot-query.ts';

test('normaliseInclude: every spelling of a supported include gives the canonical target (C-03, SLOT-24)', () => {
  const cases: readonly [string, readonly string[]][] = [
    ['Slot:schedule', ['Slot:schedule']],
    ['Slot.schedule', ['Slot:schedule']],
    ['slot:Schedule', ['Slot:schedule']],
    ['Schedule:actor:HealthcareService', ['Schedule:actor:HealthcareService']],
    ['Schedule:actor:healthcareservice', ['Schedule:actor:HealthcareService']],
    ['Schedule.actor.HealthcareService', ['Schedule:actor:HealthcareService']],
    ['Schedule:actor:Practitioner', ['Schedule:actor:Practitioner']],
    ['Schedule:actor:PractitionerRole', ['Schedule:actor:PractitionerRole']],
    ['Schedule:actor:Location', ['Schedule:actor:Location']],
    ['Schedule:actor', ['Schedule:actor:HealthcareService', 'Schedule:actor:Practitioner', 'Schedule:actor:PractitionerRole', 'Schedule:actor:Location']],
    ['HealthcareService:location', ['HealthcareService:location']],
    ['HealthcareService:Location', ['HealthcareService:location']],
    ['HealthcareService.location', ['HealthcareService:location']],
    ['HealthcareService:organization', ['HealthcareService:organization']],
    ['HealthcareService:Organization', ['HealthcareService:organization']],
    ['HealthcareService:providedBy', ['HealthcareService:organization']],
    ['HealthcareService.providedBy', ['HealthcareService:organization']],
    ['*', INCLUDE_TARGETS],
  ];
  for (const [value, expected] of cases) assert.deepEqual(normaliseInclude(value), expected, value);
});

test('normaliseInclude: unsupported values name nothing (SLOT-21: ignored, not an error)', () => {
  for (const value of ['', 'Slot', 'Slot:schedule:Schedule', 'Schedule:actor:Device', 'Schedule:actor:constructor', 'Appointment:slot', 'HealthcareService:endpoint', 'Slot:*']) {
    assert.deepEqual(normaliseInclude(value), [], value);
  }
});
