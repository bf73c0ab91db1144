import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideBooking } from './decide-booking.ts';
import { validateBookingRequest } from './validate-booking-request.ts';
import type { BookingRequest } from './booking-types.ts';
import { buildReferenceBooking } from '../../fixtures/reference-booking.ts';
import { buildDefaultFixture, CONSUMER_A1001, CONSUMER_B2002 } from '../../fixtures/default-fixture.ts';
import { ProviderStore } from '../../store/provider-store.ts';
import type { ProviderData, SlotRecord } from '../types.ts';

type Json = Record<string, any>;

const NOW = Date.parse('2026-03-15T18:45:00Z');
const data = buildDefaultFixture(NOW);
const view = new ProviderStore(data);
const A = { odsCode: CONSUMER_A1001.odsCode, asid: CONSUMER_A1001.asid };
const B = { odsCode: CONSUMER_B2002.odsCode, asid: CONSUMER_B2002.asid };

function pick(where: (s: SlotRecord) => boolean): SlotRecord {
  const slot = data.slots.find(where);
  assert.ok(slot, 'fixture slot');
  return slot;
}

const open = pick((s) => s.scheduleId === 'schedule-1' && s.status === 'free' && !s.release);
const busy = pick((s) => s.scheduleId === 'schedule-1' && s.status === 'busy' && !s.release);
const onlyA = pick((s) => s.scheduleId === 'schedule-1' && s.status === 'free' && s.release?.odsCodes?.[0] === 'A1001');
const onlyAsidA = pick((s) => s.scheduleId === 'schedule-2' && s.status === 'free' && s.release?.asids !== undefined);
const scheduleOnlyA = pick((s) => s.scheduleId === 'schedule-3' && s.status === 'free');

function booking(slot: SlotRecord, change: (b: Json) => void = () => {}): BookingRequest {
  const body = buildReferenceBooking(slot) as Json;
  change(body);
  const result = validateBookingRequest(body, NOW);
  assert.ok(result.ok, result.ok ? '' : result.problem.diagnostics);
  return result.booking;
}

test('a free, released slot is granted, found by identifier', () => {
  assert.deepEqual(decideBooking(booking(open), B, view, NOW), { ok: true, slot: open, matchedBy: 'identifier' });
});

test('falls back to the contained Slot id when the identifier is unknown', () => {
  const b = booking(open, (x) => { x.contained[2].identifier[0].value = '00000000-0000-4000-8000-000000000000'; });
  assert.deepEqual(decideBooking(b, B, view, NOW), { ok: true, slot: open, matchedBy: 'id' });
});

test('TIME-05: instants written with another offset are the same instant', () => {
  const plusOne = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString().replace('Z', '+01:00');
  const b = booking(open, (x) => {
    x.start = plusOne(open.start); x.end = plusOne(open.end);
    x.contained[2].start = plusOne(open.start); x.contained[2].end = plusOne(open.end);
  });
  assert.equal(decideBooking(b, B, view, NOW).ok, true);
});

test('C-18: an appointment may end before the slot ends', () => {
  const b = booking(open, (x) => { x.end = new Date(open.endMs - 600_000).toISOString(); });
  assert.equal(decideBooking(b, B, view, NOW).ok, true);
});

test('release rules: schedule rule AND slot rule, by ODS code and by ASID (SLOT-08)', () => {
  const rows: [string, SlotRecord, { odsCode: string; asid?: string }, boolean][] = [
    ['slot released to A, booked by A', onlyA, A, true],
    ['slot released to A, booked by B', onlyA, B, false],
    ['slot released to A by ASID, A', onlyAsidA, A, true],
    ['slot released to A by ASID, B', onlyAsidA, B, false],
    ['slot released to A by ASID, A without ASID', onlyAsidA, { odsCode: 'A1001' }, false],
    ['schedule released to A, A', scheduleOnlyA, A, true],
    ['schedule released to A, B', scheduleOnlyA, B, false],
  ];
  for (const [name, slot, consumer, granted] of rows) {
    const decision = decideBooking(booking(slot), consumer, view, NOW);
    if (granted) assert.equal(decision.ok, true, name);
    else {
      assert.deepEqual(decision, {
        ok: false,
        problem: { code: 'SLOT_NOT_RELEASED', diagnostics: `Slot ${slot.identifier} is not available to organisation ${consumer.odsCode}`, expression: ['Appointment.contained[2].identifier[0].value'] },
      }, name);
    }
  }
});

test('a schedule that serves no service is not bookable', () => {
  const unmapped: ProviderData = { ...data, mapping: data.mapping.filter((l) => l.scheduleId !== 'schedule-1') };
  const decision = decideBooking(booking(open), B, new ProviderStore(unmapped), NOW);
  assert.deepEqual(decision, {
    ok: false,
    problem: { code: 'SLOT_NOT_RELEASED', diagnostics: `Slot ${open.identifier} is not available to organisation B2002`, expression: ['Appointment.contained[2].identifier[0].value'] },
  });
});

test('refusals', () => {
  const C = 'Appointment.contained[2]';
  const rows: [string, BookingRequest, number, unknown][] = [
    ['unknown slot (BOOK-16)', booking(open, (x) => { x.contained[2].identifier[0].value = 'nope'; x.contained[2].id = 'nope'; x.slot[0].reference = '#nope'; }), NOW,
      { code: 'SLOT_UNKNOWN', diagnostics: 'No slot has identifier nope (BOOK-16)', expression: [`${C}.identifier[0].value`] }],
    ['busy slot (BOOK-17)', booking(busy), NOW, { code: 'SLOT_TAKEN', diagnostics: `Slot ${busy.id} is busy (BOOK-17)` }],
    ['slot already started', booking(open), open.startMs, { code: 'SLOT_TAKEN', diagnostics: `Slot ${open.id} started at ${open.start}, which is not in the future (BOOK-17)` }],
    ['contained start differs', booking(open, (x) => { x.contained[2].start = '2030-01-01T00:00:00Z'; }), NOW,
      { code: 'PROFILE_INVALID', diagnostics: `The contained Slot start 2030-01-01T00:00:00Z differs from the slot's start ${open.start} (BOOK-15)`, expression: [`${C}.start`] }],
    ['contained end differs', booking(open, (x) => { x.contained[2].end = '2030-01-01T00:00:00Z'; }), NOW,
      { code: 'PROFILE_INVALID', diagnostics: `The contained Slot end 2030-01-01T00:00:00Z differs from the slot's end ${open.end} (BOOK-15)`, expression: [`${C}.end`] }],
    ['contained schedule differs', booking(open, (x) => { x.contained[2].schedule.reference = 'Schedule/schedule-2'; }), NOW,
      { code: 'PROFILE_INVALID', diagnostics: 'The contained Slot schedule Schedule/schedule-2 differs from the slot\'s Schedule/schedule-1 (BOOK-15)', expression: [`${C}.schedule.reference`] }],
    ['appointment starts late (C-18)', booking(open, (x) => { x.start = new Date(open.startMs + 60_000).toISOString(); }), NOW,
      { code: 'PROFILE_INVALID', diagnostics: `Appointment.start ${new Date(open.startMs + 60_000).toISOString()} must equal the slot's start ${open.start} (C-18)`, expression: ['Appointment.start'] }],
    ['appointment ends late (C-18)', booking(open, (x) => { x.end = new Date(open.endMs + 60_000).toISOString(); }), NOW,
      { code: 'PROFILE_INVALID', diagnostics: `Appointment.end ${new Date(open.endMs + 60_000).toISOString()} is later than the slot's end ${open.end} (C-18)`, expression: ['Appointment.end'] }],
  ];
  for (const [name, b, nowMs, problem] of rows) assert.deepEqual(decideBooking(b, B, view, nowMs), { ok: false, problem }, name);
});

test('a slot withheld from the consumer is refused as not released even when busy', () => {
  const busyForA = pick((s) => s.scheduleId === 'schedule-3' && s.status === 'busy');
  assert.equal((decideBooking(booking(busyForA), B, view, NOW) as { problem: { code: string } }).problem.code, 'SLOT_NOT_RELEASED');
  assert.equal((decideBooking(booking(busyForA), A, view, NOW) as { problem: { code: string } }).problem.code, 'SLOT_TAKEN');
});
