import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReleaseRule, RequestingConsumer, ScheduleRecord, SlotRecord } from '../types.ts';
import { findReleaseWithholding } from './find-release-withholding.ts';

const schedule = (release?: ReleaseRule): ScheduleRecord => ({ id: 'sch', name: 'S', identifier: { system: 's', value: 'v' }, ...(release ? { release } : {}) });
const slot = (release?: ReleaseRule): SlotRecord => ({
  id: 'slot', identifier: 'u', scheduleId: 'sch', start: '', startMs: 0, end: '', endMs: 0, status: 'free', versionId: 1, ...(release ? { release } : {}),
});
const A: RequestingConsumer = { odsCode: 'A1001', asid: '900000000101' };

test('findReleaseWithholding: schedule AND slot rules must both admit the consumer (SLOT-08)', () => {
  const cases: readonly [string, ReleaseRule | undefined, ReleaseRule | undefined, RequestingConsumer, ReturnType<typeof findReleaseWithholding>][] = [
    ['no rules', undefined, undefined, A, undefined],
    ['listed by ODS on both', { odsCodes: ['A1001'] }, { odsCodes: ['A1001', 'B2002'] }, A, undefined],
    ['listed by ODS and ASID', { odsCodes: ['A1001'], asids: ['900000000101'] }, undefined, A, undefined],
    ['schedule names another org', { odsCodes: ['B2002'] }, undefined, A, { code: 'not-released-to-organisation', by: 'schedule', releasedTo: ['B2002'] }],
    ['slot names another org', undefined, { odsCodes: ['B2002'] }, A, { code: 'not-released-to-organisation', by: 'slot', releasedTo: ['B2002'] }],
    ['schedule is checked first', { asids: ['1'] }, { odsCodes: ['B2002'] }, A, { code: 'not-released-to-system', by: 'schedule', releasedTo: ['1'] }],
    ['organisation before system in one rule', undefined, { odsCodes: ['B2002'], asids: ['1'] }, A, { code: 'not-released-to-organisation', by: 'slot', releasedTo: ['B2002'] }],
    ['another ASID', undefined, { asids: ['900000000202'] }, A, { code: 'not-released-to-system', by: 'slot', releasedTo: ['900000000202'] }],
    ['unknown consumer ASID', undefined, { asids: ['900000000101'] }, { odsCode: 'A1001' }, { code: 'not-released-to-system', by: 'slot', releasedTo: ['900000000101'] }],
    ['an empty list releases to no one', { odsCodes: [] }, undefined, A, { code: 'not-released-to-organisation', by: 'schedule', releasedTo: [] }],
  ];
  for (const [name, onSchedule, onSlot, consumer, expected] of cases) {
    assert.deepEqual(findReleaseWithholding(schedule(onSchedule), slot(onSlot), consumer), expected, name);
  }
  assert.equal(findReleaseWithholding(undefined, slot(), A), undefined, 'a slot whose schedule is unknown has only its own rule');
});
