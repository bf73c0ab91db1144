// Decides whether a validated booking may take the provider's slot (BOOK-15…17, C-18, TIME-05).
// Pure: reads the provider through ProviderView; the store applies the decision atomically.
import type { Problem } from '../problem.ts';
import type { ProviderView } from '../provider-view.ts';
import type { RequestingConsumer, SlotRecord } from '../types.ts';
import type { BookingRequest } from './booking-types.ts';
import { findReleaseWithholding } from '../slot-search/find-release-withholding.ts';
import { profileInvalid } from './profile-invalid.ts';

export type BookingDecision =
  | { ok: true; slot: SlotRecord; matchedBy: 'identifier' | 'id' }
  | { ok: false; problem: Problem };

export function decideBooking(booking: BookingRequest, consumer: RequestingConsumer, view: ProviderView, nowMs: number): BookingDecision {
  const base = `Appointment.contained[${booking.contained.slot}]`;
  const wanted = booking.slot;
  // BOOK-15: the slot is named by its identifier; its logical id is a fallback for consumers that
  // copied the id but not the identifier.
  const byIdentifier = view.slotByIdentifier(wanted.identifier);
  const slot = byIdentifier ?? view.slot(wanted.id);
  // BOOK-16 / C-36: an unknown slot creates nothing.
  if (!slot) {
    return { ok: false, problem: { code: 'SLOT_UNKNOWN', diagnostics: `No slot has identifier ${wanted.identifier} (BOOK-16)`, expression: [`${base}.identifier[0].value`] } };
  }
  // SLOT-08 / HB-08: a slot the consumer could not have seen in a search (the same release rule),
  // or whose schedule serves no service, is refused without saying why (nothing leaks about others).
  const schedule = view.schedule(slot.scheduleId);
  if (!schedule || findReleaseWithholding(schedule, slot, consumer) !== undefined || view.serviceDosIdsForSchedule(slot.scheduleId).length === 0) {
    const diagnostics = `Slot ${wanted.identifier} is not available to organisation ${consumer.odsCode}`;
    return { ok: false, problem: { code: 'SLOT_NOT_RELEASED', diagnostics, expression: [`${base}.identifier[0].value`] } };
  }
  // BOOK-15 / TIME-05: the contained Slot must be the slot as served, instants compared by value.
  if (wanted.startMs !== slot.startMs) return mismatch(`${base}.start`, `The contained Slot start ${wanted.start} differs from the slot's start ${slot.start} (BOOK-15)`);
  if (wanted.endMs !== slot.endMs) return mismatch(`${base}.end`, `The contained Slot end ${wanted.end} differs from the slot's end ${slot.end} (BOOK-15)`);
  if (wanted.scheduleId !== slot.scheduleId) {
    return mismatch(`${base}.schedule.reference`, `The contained Slot schedule Schedule/${wanted.scheduleId} differs from the slot's Schedule/${slot.scheduleId} (BOOK-15)`);
  }
  // C-18 (strict): the appointment starts with the slot and ends no later than it.
  if (booking.startMs !== slot.startMs) return mismatch('Appointment.start', `Appointment.start ${booking.start} must equal the slot's start ${slot.start} (C-18)`);
  if (booking.endMs > slot.endMs) return mismatch('Appointment.end', `Appointment.end ${booking.end} is later than the slot's end ${slot.end} (C-18)`);
  // BOOK-17 / C-16: availability comes from the provider's data, never from the request.
  if (slot.status !== 'free') return { ok: false, problem: { code: 'SLOT_TAKEN', diagnostics: `Slot ${slot.id} is ${slot.status} (BOOK-17)` } };
  // A slot that has already started is "no longer available" in BOOK-17's words: the same answer.
  if (slot.startMs <= nowMs) return { ok: false, problem: { code: 'SLOT_TAKEN', diagnostics: `Slot ${slot.id} started at ${slot.start}, which is not in the future (BOOK-17)` } };
  return { ok: true, slot, matchedBy: byIdentifier ? 'identifier' : 'id' };
}

function mismatch(expression: string, diagnostics: string): BookingDecision {
  return { ok: false, problem: profileInvalid(expression, diagnostics) };
}
