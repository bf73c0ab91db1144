import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SlotRecord } from '../types.ts';
import { renderSlot } from './render-slot.ts';

const base: SlotRecord = {
  id: 'slot-0915',
  identifier: 'a41eb1b5-f1ce-4588-bfcd-8d09549ba09a',
  scheduleId: 'sch-gp-1',
  start: '2026-03-16T10:15:00+01:00',
  startMs: Date.parse('2026-03-16T09:15:00Z'),
  end: '2026-03-16T10:30:00+01:00',
  endMs: Date.parse('2026-03-16T09:30:00Z'),
  status: 'free',
  versionId: 2,
};

test('renderSlot: CareConnect-Slot-1 with one rfc4122 identifier, Schedule/<id>, UTC instants (SLOT-32, TIME-04)', () => {
  assert.deepEqual(renderSlot(base), {
    resourceType: 'Slot',
    id: 'slot-0915',
    meta: { versionId: '2', profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1'] },
    identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: 'a41eb1b5-f1ce-4588-bfcd-8d09549ba09a' }],
    schedule: { reference: 'Schedule/sch-gp-1' },
    status: 'free',
    start: '2026-03-16T09:15:00.000+00:00',
    end: '2026-03-16T09:30:00.000+00:00',
  });
});

test('renderSlot: the delivery channel extension only when the channel is known (SLOT-33)', () => {
  const cases = [['In-person'], ['Telephone'], ['Video']] as const;
  for (const [channel] of cases) {
    assert.deepEqual(renderSlot({ ...base, deliveryChannel: channel }).extension, [
      { url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeliveryChannel-1', valueCode: channel },
    ]);
  }
  assert.equal('extension' in renderSlot(base), false);
});
