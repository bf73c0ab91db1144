import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandDiary, matchesPattern } from './expand-diary.ts';
import type { DiaryDocument } from './provider-document.ts';

const EVERY_DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

function starts(diary: DiaryDocument, nowMs = 0): string[] {
  return expandDiary(diary, nowMs).map((s) => new Date(s.startMs).toISOString());
}

test('local 08:00 in Europe/London is 08:00Z in GMT and 07:00Z in BST, on both changes', () => {
  const spring = { days: EVERY_DAY, from: '08:00', to: '08:30', minutes: 30, zone: 'Europe/London', dates: { from: '2026-03-28', to: '2026-03-30' } } as const;
  assert.deepEqual(starts(spring), ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  const autumn = { ...spring, dates: { from: '2026-10-24', to: '2026-10-26' } };
  assert.deepEqual(starts(autumn), ['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']);
});

test('a diary across the spring change skips the local hour that does not exist', () => {
  const night = { days: EVERY_DAY, from: '00:30', to: '03:00', minutes: 30, zone: 'Europe/London', dates: { from: '2026-03-29', to: '2026-03-29' } } as const;
  assert.deepEqual(starts(night), ['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z']);
  const slots = expandDiary(night, 0);
  for (let i = 1; i < slots.length; i++) assert.ok(slots[i].startMs >= slots[i - 1].endMs, 'no overlap');
});

test('other zones: New York keeps its own change dates', () => {
  const ny = { days: EVERY_DAY, from: '09:00', to: '09:15', minutes: 15, zone: 'America/New_York', dates: { from: '2026-03-07', to: '2026-03-09' } } as const;
  assert.deepEqual(starts(ny), ['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
});

test('weekdays only, back-to-back slots, and the ordinal counts every diary slot', () => {
  const diary = { days: ['Mon', 'Sat'], from: '09:00', to: '10:00', minutes: 20, zone: 'UTC', dates: { from: '2026-03-14', to: '2026-03-16' } } as const;
  const slots = expandDiary(diary, 0);
  assert.deepEqual(slots.map((s) => [new Date(s.startMs).toISOString().slice(0, 16), s.ordinal, (s.endMs - s.startMs) / 60_000]), [
    ['2026-03-14T09:00', 0, 20], ['2026-03-14T09:20', 1, 20], ['2026-03-14T09:40', 2, 20],
    ['2026-03-16T09:00', 3, 20], ['2026-03-16T09:20', 4, 20], ['2026-03-16T09:40', 5, 20],
  ]);
});

test('a relative diary covers today to today + horizonDays, after now only', () => {
  const now = Date.parse('2026-03-16T09:10:00Z');
  const diary = { days: EVERY_DAY, from: '09:00', to: '09:30', minutes: 15, zone: 'UTC', horizonDays: 1 } as const;
  const slots = expandDiary(diary, now);
  assert.deepEqual(slots.map((s) => [new Date(s.startMs).toISOString().slice(0, 16), s.ordinal]), [['2026-03-16T09:15', 1], ['2026-03-17T09:00', 2]]);
});

test('matchesPattern: every n-th slot from an offset', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].filter((i) => matchesPattern({ every: 4, offset: 3 }, i)), [3, 7]);
  assert.deepEqual([0, 1, 2, 3].filter((i) => matchesPattern({ every: 2 }, i)), [0, 2]);
  assert.deepEqual([0, 5, 10, 12].filter((i) => matchesPattern({ every: 5, offset: 10 }, i)), [10]);
});
