import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppointmentStore, type BookingOutcome, type CancelOutcome } from './appointment-store.ts';
import { ProviderStore } from './provider-store.ts';
import { buildDefaultFixture, CONSUMER_A1001, CONSUMER_B2002 } from '../fixtures/default-fixture.ts';
import { buildReferenceBooking } from '../fixtures/reference-booking.ts';
import { validateBookingRequest } from '../domain/booking/validate-booking-request.ts';
import type { StoredAppointmentVersion } from '../domain/booking/booking-types.ts';
import type { RequestingConsumer, SlotRecord } from '../domain/types.ts';

type Json = Record<string, any>;
const NOW = Date.parse('2026-03-15T18:45:00Z');
const A = { odsCode: CONSUMER_A1001.odsCode, asid: CONSUMER_A1001.asid };
const OWNER_ONLY = { appointmentAccess: 'owner' } as const;
const B = { odsCode: CONSUMER_B2002.odsCode, asid: CONSUMER_B2002.asid };

function setup() {
  const providers = new ProviderStore(buildDefaultFixture(NOW));
  const store = new AppointmentStore();
  let n = 0;
  const newId = () => `appt-${++n}`;
  const freeSlots = providers.data.slots.filter((s) => s.status === 'free');
  const book = (slot: SlotRecord, requestId?: string, change: (b: Json) => void = () => {}): BookingOutcome => {
    const body = buildReferenceBooking(slot) as Json;
    change(body);
    const validated = validateBookingRequest(body, NOW);
    assert.ok(validated.ok, validated.ok ? '' : validated.problem.diagnostics);
    return store.book({ booking: validated.booking, consumer: A, requestId, nowMs: NOW, newId, providers });
  };
  const cancel = (id: string, ifMatch: string | null, change: (b: Json) => void = () => {}, requestId?: string, nowMs = NOW + 60_000, consumer: RequestingConsumer = A): CancelOutcome => {
    const body = structuredClone(store.read(id)?.resource ?? {}) as Json;
    body.status = 'cancelled';
    change(body);
    return store.cancel({ id, consumer, access: OWNER_ONLY, ifMatch, body, requestId, nowMs, providers });
  };
  return { providers, store, book, cancel, freeSlots };
}

function created(outcome: BookingOutcome): StoredAppointmentVersion {
  assert.equal(outcome.kind, 'created', JSON.stringify(outcome));
  return (outcome as { appointment: StoredAppointmentVersion }).appointment;
}

test('200 sequential bookings of distinct slots get unique valid ids and busy slots (BOOK-25, BOOK-27)', () => {
  const { store, book, freeSlots, providers } = setup();
  assert.ok(freeSlots.length >= 200);
  const ids = freeSlots.slice(0, 200).map((slot) => created(book(slot)).id);
  assert.equal(new Set(ids).size, 200);
  assert.ok(ids.every((id) => /^[A-Za-z0-9\-.]{1,64}$/.test(id)));
  assert.equal(store.count(), 200);
  assert.deepEqual(store.list().map((v) => v.id), ids);
  assert.ok(freeSlots.slice(0, 200).every((s) => providers.slot(s.id)?.status === 'busy'));
});

test('version 1 carries the provider id, version, lastUpdated and status (BOOK-24)', () => {
  const { book, freeSlots, providers } = setup();
  const outcome = book(freeSlots[0], undefined, (b) => { b.id = 'consumer-chosen-1'; });
  const v1 = created(outcome);
  assert.deepEqual({ id: v1.id, versionId: v1.versionId, lastUpdated: v1.lastUpdated, status: v1.status, slotId: v1.slotId },
    { id: 'appt-1', versionId: '1', lastUpdated: '2026-03-15T18:45:00.000Z', status: 'booked', slotId: freeSlots[0].id });
  assert.equal(v1.resource.id, 'appt-1');
  assert.deepEqual(v1.resource.meta, {
    profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Appointment-1'], versionId: '1', lastUpdated: '2026-03-15T18:45:00.000Z',
  });
  assert.equal((outcome as { slot: SlotRecord }).slot.status, 'busy');
  assert.equal(providers.slot(freeSlots[0].id)?.versionId, freeSlots[0].versionId + 1);
  assert.equal(Object.isFrozen(v1.resource), true);
  assert.throws(() => { (v1.resource.contained as Json[])[0].id = 'x'; }, TypeError);
});

test('the same slot booked twice: the second is SLOT_TAKEN and creates nothing (BOOK-17)', () => {
  const { store, book, freeSlots } = setup();
  created(book(freeSlots[0], 'req-1'));
  assert.deepEqual(book(freeSlots[0], 'req-2'), { kind: 'refused', problem: { code: 'SLOT_TAKEN', diagnostics: `Slot ${freeSlots[0].id} is busy (BOOK-17)` } });
  assert.equal(store.count(), 1);
});

test('an unknown slot creates nothing (BOOK-16)', () => {
  const { store, book, freeSlots } = setup();
  const outcome = book(freeSlots[0], 'req-1', (b) => { b.contained[2].identifier[0].value = 'unknown'; b.contained[2].id = 'unknown'; b.slot[0].reference = '#unknown'; });
  assert.equal(outcome.kind === 'refused' && outcome.problem.code, 'SLOT_UNKNOWN');
  assert.equal(store.count(), 0);
  assert.equal(created(book(freeSlots[0], 'req-1')).id, 'appt-1', 'a refused request id is not remembered');
});

test('a reused X-Request-ID is a retry: one appointment, the original returned (XTI-05, C-08)', () => {
  const { store, book, freeSlots } = setup();
  const first = created(book(freeSlots[0], 'req-1'));
  assert.deepEqual(book(freeSlots[0], 'req-1'), { kind: 'retry', original: first, originalInteraction: 'book' });
  assert.deepEqual(book(freeSlots[1], 'req-1'), { kind: 'retry', original: first, originalInteraction: 'book' });
  assert.equal(store.count(), 1);
  created(book(freeSlots[1]));
  created(book(freeSlots[2]));
  assert.equal(store.count(), 3, 'requests without X-Request-ID are served (C-41)');
});

test('cancel stores version 2, keeps version 1 and frees the slot (CAN-03, CAN-05, C-37)', () => {
  const { store, book, cancel, freeSlots, providers } = setup();
  const v1 = created(book(freeSlots[0]));
  const outcome = cancel(v1.id, 'W/"1"');
  assert.equal(outcome.kind, 'cancelled');
  const v2 = (outcome as { appointment: StoredAppointmentVersion }).appointment;
  assert.deepEqual({ versionId: v2.versionId, status: v2.status, lastUpdated: v2.lastUpdated }, { versionId: '2', status: 'cancelled', lastUpdated: '2026-03-15T18:46:00.000Z' });
  assert.deepEqual(v2.resource, { ...v1.resource, status: 'cancelled', meta: { ...(v1.resource.meta as Json), versionId: '2', lastUpdated: '2026-03-15T18:46:00.000Z' } });
  assert.equal(store.read(v1.id), v2);
  assert.equal(store.vread(v1.id, '1'), v1);
  assert.equal(store.vread(v1.id, '1')?.resource.status, 'booked');
  assert.equal(store.vread(v1.id, '2')?.resource.status, 'cancelled');
  assert.equal(store.vread(v1.id, '3'), undefined);
  assert.deepEqual(store.history(v1.id), [v1, v2]);
  assert.equal(providers.slot(freeSlots[0].id)?.status, 'free');
  assert.equal((outcome as { releasedSlot?: SlotRecord }).releasedSlot?.status, 'free');
  assert.equal(created(book(freeSlots[0])).id, 'appt-2', 'the freed slot can be booked again');
});

test('re-cancel with the current If-Match is idempotent: no new version, slot untouched (C-37)', () => {
  const { store, book, cancel, freeSlots, providers } = setup();
  const v1 = created(book(freeSlots[0]));
  cancel(v1.id, 'W/"1"');
  created(book(freeSlots[0]));
  const again = cancel(v1.id, 'W/"2"');
  assert.deepEqual(again, { kind: 'unchanged', appointment: store.read(v1.id) });
  assert.equal(store.history(v1.id).length, 2);
  assert.equal(providers.slot(freeSlots[0].id)?.status, 'busy', 'the slot now held by the second booking stays busy');
});

test('a stale If-Match is a VERSION_CONFLICT and stores nothing (CAN-07)', () => {
  const { store, book, cancel, freeSlots } = setup();
  const v1 = created(book(freeSlots[0]));
  cancel(v1.id, 'W/"1"');
  assert.deepEqual(cancel(v1.id, 'W/"1"'), { kind: 'refused', problem: { code: 'VERSION_CONFLICT', diagnostics: 'If-Match W/"1" does not match the current version W/"2" (CAN-07)' } });
  const missing = cancel(v1.id, null);
  assert.equal(missing.kind === 'refused' ? missing.problem.code : missing.kind, 'IF_MATCH_MISSING');
  assert.equal(store.history(v1.id).length, 2);
});

test('differences detected leave the stored resource and the slot untouched (CAN-06)', () => {
  const { store, book, cancel, freeSlots, providers } = setup();
  const v1 = created(book(freeSlots[0]));
  const before = structuredClone(v1.resource);
  assert.deepEqual(cancel(v1.id, 'W/"1"', (b) => { b.description = 'Changed'; }), {
    kind: 'refused',
    problem: { code: 'CANCEL_DIFFERENCES', diagnostics: 'Differences detected: Appointment.description differs from version 1; a cancel may change only status (CAN-06)', expression: ['Appointment.description'] },
  });
  assert.deepEqual(store.history(v1.id), [v1]);
  assert.deepEqual(store.read(v1.id)?.resource, before);
  assert.equal(providers.slot(freeSlots[0].id)?.status, 'busy');
});

test('cancel: reused X-Request-ID is a retry (CAN-11), unknown id is NOT_FOUND, ids are case-sensitive (READ-05)', () => {
  const { store, book, cancel, freeSlots } = setup();
  created(book(freeSlots[0], 'req-book'));
  const one = created(book(freeSlots[1]));
  const outcome = cancel(one.id, 'W/"1"', () => {}, 'req-cancel');
  const v2 = (outcome as { appointment: StoredAppointmentVersion }).appointment;
  assert.deepEqual(cancel(one.id, 'W/"2"', () => {}, 'req-cancel'), { kind: 'retry', original: v2, originalInteraction: 'cancel' });
  assert.equal(cancel(one.id, 'W/"2"', () => {}, 'req-book').kind, 'retry');
  assert.deepEqual(store.cancel({ id: 'APPT-2', consumer: A, access: OWNER_ONLY, ifMatch: 'W/"1"', body: {}, nowMs: NOW, providers: new ProviderStore(buildDefaultFixture(NOW)) }),
    { kind: 'refused', problem: { code: 'NOT_FOUND', diagnostics: 'No Appointment has id APPT-2' } });
  assert.equal(store.read('APPT-2'), undefined);
  assert.equal(store.history(one.id).length, 2);
});

test('newId: an invalid id throws before anything is written; a colliding id is drawn again (BOOK-25)', () => {
  const { store, freeSlots, providers } = setup();
  const validated = validateBookingRequest(buildReferenceBooking(freeSlots[0]), NOW);
  assert.ok(validated.ok);
  const input = { booking: validated.booking, consumer: A, nowMs: NOW, providers };
  assert.throws(() => store.book({ ...input, newId: () => 'not/valid' }), { message: 'newId() returned "not/valid", which is not a FHIR logical id (BOOK-25)' });
  assert.equal(providers.slot(freeSlots[0].id)?.status, 'free');
  assert.equal(store.count(), 0);
  const ids = ['same', 'same', 'other'];
  created(store.book({ ...input, newId: () => ids.shift() as string }));
  const second = validateBookingRequest(buildReferenceBooking(freeSlots[1]), NOW);
  assert.ok(second.ok);
  assert.equal(created(store.book({ ...input, booking: second.booking, newId: () => ids.shift() as string })).id, 'other');
});

test('reset forgets appointments and request ids', () => {
  const { store, book, freeSlots } = setup();
  created(book(freeSlots[0], 'req-1'));
  store.reset();
  assert.equal(store.count(), 0);
  assert.deepEqual(store.list(), []);
  assert.equal(book(freeSlots[1], 'req-1').kind, 'created');
});

test('JWT-23: another organisation cannot cancel, nor replay the owner\'s cancel; the owner still can', () => {
  const { store, book, cancel, freeSlots } = setup();
  const one = created(book(freeSlots[0]));
  const B = { odsCode: 'B2002' };
  const denied = { kind: 'refused', problem: { code: 'ORG_DENIED', diagnostics: `Organisation B2002 may not cancel Appointment/${one.id}: only the organisation that booked it may (JWT-23)` } };
  assert.deepEqual(cancel(one.id, 'W/"1"', () => {}, undefined, NOW + 60_000, B), denied);
  assert.equal(store.history(one.id).length, 1);
  assert.equal(cancel(one.id, 'W/"1"', () => {}, 'req-owner').kind, 'cancelled');
  assert.deepEqual(cancel(one.id, 'W/"2"', () => {}, 'req-owner', NOW + 60_000, B), denied);
  assert.equal(store.read(one.id)?.ownerOdsCode, 'A1001');
});
