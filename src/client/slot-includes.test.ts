import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allIncludeParams, includeParam } from './slot-includes.ts';

describe('includeParam', () => {
  const table: readonly [Parameters<typeof includeParam>[0], Parameters<typeof includeParam>[1], string, string][] = [
    ['schedules', 'canonical', '_include', 'Slot:schedule'],
    ['schedules', 'recurse', '_include', 'Slot:schedule'],
    ['schedules', 'dotted', '_include', 'Slot.schedule'],
    ['healthcare services', 'canonical', '_include:iterate', 'Schedule:actor:HealthcareService'],
    ['healthcare services', 'recurse', '_include:recurse', 'Schedule:actor:HealthcareService'],
    ['healthcare services', 'plain', '_include', 'Schedule:actor:HealthcareService'],
    ['healthcare services', 'lower-case targets', '_include:iterate', 'Schedule:actor:healthcareservice'],
    ['locations', 'canonical', '_include:iterate', 'HealthcareService:location'],
    ['locations', 'dotted', '_include', 'HealthcareService.location'],
    ['organisations', 'canonical', '_include:iterate', 'HealthcareService:organization'],
  ];
  for (const [target, spelling, name, value] of table) {
    it(`${target} (${spelling}) → ${name}=${value}`, () => {
      assert.deepEqual(includeParam(target, spelling), { name, value });
    });
  }
  it('lists the six includes of the canonical request', () => {
    assert.deepEqual(allIncludeParams().map((p) => p.value), [
      'Slot:schedule',
      'Schedule:actor:HealthcareService',
      'Schedule:actor:Practitioner',
      'Schedule:actor:PractitionerRole',
      'HealthcareService:location',
      'HealthcareService:organization',
    ]);
  });
});
