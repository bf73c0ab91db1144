// Rules about the order of one session's requests: CAP-09 (the CapabilityStatement before the first
// search), CAN-14 (a rebooking books the new appointment before cancelling the original) and
// HTTP-17 (appointment ids used exactly as the provider issued them).
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { JudgedRequest } from './judge-retries.ts';
import type { JudgedFinding } from './judged-finding.ts';

const ok = (r: JudgedRequest): boolean => r.view.status >= 200 && r.view.status < 300;

// CAP-09 (SHOULD / MAY): learn the provider's capabilities before searching.
function judgeCapabilityFirst(requests: readonly JudgedRequest[]): { finding: Finding; seqs: number[] } | undefined {
  const search = requests.find((r) => r.view.interaction === 'slot-search');
  if (search === undefined) return undefined;
  const metadata = requests.find((r) => r.view.interaction === 'metadata' && r.view.seq < search.view.seq);
  return metadata
    ? { finding: finding('CAP-09', 'pass', `CapabilityStatement fetched in #${metadata.view.seq} before the first search #${search.view.seq}`), seqs: [metadata.view.seq, search.view.seq] }
    : { finding: finding('CAP-09', 'warn', `the first slot search #${search.view.seq} came before any GET metadata; the CapabilityStatement says what the provider supports`), seqs: [search.view.seq] };
}

/** The first booking of the same patient after `original`, for another appointment. */
function nextOtherBooking(samePatient: readonly JudgedRequest[], original: JudgedRequest): JudgedRequest | undefined {
  const from = samePatient.indexOf(original);
  return samePatient.slice(from + 1).find((b) => b.facts.appointmentId !== original.facts.appointmentId);
}

// CAN-14 (SHOULD): for one patient, a later booking and a cancel of the earlier one form a rebooking.
function judgeRebooking(requests: readonly JudgedRequest[]): { finding: Finding; seqs: number[] }[] {
  const bookings = requests.filter((r) => r.view.interaction === 'appointment-create' && ok(r) && r.facts.patientKey !== undefined);
  const cancels = requests.filter((r) => r.view.interaction === 'appointment-update' && ok(r));
  // Indexed once (first booking per appointment, bookings per patient), so long recordings stay linear.
  const byAppointment = new Map<string | undefined, JudgedRequest>();
  for (const b of bookings) if (!byAppointment.has(b.facts.appointmentId)) byAppointment.set(b.facts.appointmentId, b);
  const byPatient = Map.groupBy(bookings, (b) => b.facts.patientKey);
  return cancels.flatMap((cancel) => {
    const original = byAppointment.get(cancel.facts.appointmentId);
    // A replayed retry answers with the same appointment: only another appointment is a rebooking.
    const rebooked = original && nextOtherBooking(byPatient.get(original.facts.patientKey) ?? [], original);
    if (!original || !rebooked) return [];
    const seqs = [original.view.seq, rebooked.view.seq, cancel.view.seq];
    return [rebooked.view.seq < cancel.view.seq
      ? { finding: finding('CAN-14', 'pass', `new booking #${rebooked.view.seq} made before cancelling #${original.view.seq} in #${cancel.view.seq}`), seqs }
      : { finding: finding('CAN-14', 'warn', `the original booking was cancelled in #${cancel.view.seq} before the new booking #${rebooked.view.seq}; book first, then cancel`), seqs }];
  });
}

// HTTP-17: ids are opaque and case-sensitive, so they travel back exactly as issued.
function judgeOpaqueIds(requests: readonly JudgedRequest[]): { finding: Finding; seqs: number[] }[] {
  const issued = new Set<string>();
  /** Issued ids by their lower-case spelling (the first issued wins). */
  const folded = new Map<string, string>();
  return requests.flatMap((r) => {
    if (r.view.interaction === 'appointment-create' && ok(r) && r.facts.appointmentId) {
      issued.add(r.facts.appointmentId);
      if (!folded.has(r.facts.appointmentId.toLowerCase())) folded.set(r.facts.appointmentId.toLowerCase(), r.facts.appointmentId);
    }
    if ((r.view.interaction !== 'appointment-read' && r.view.interaction !== 'appointment-update') || r.facts.appointmentId === undefined) return [];
    const id = r.facts.appointmentId;
    if (issued.has(id)) return [{ finding: finding('HTTP-17', 'pass', `Appointment/${id} used as issued`), seqs: [r.view.seq] }];
    const decoded = (() => { try { return decodeURIComponent(id); } catch { return id; } })();
    const near = folded.get(id.toLowerCase()) ?? (issued.has(decoded) ? decoded : undefined);
    return near === undefined ? [] : [{ finding: finding('HTTP-17', 'fail', `Appointment/${id} is not the id the provider issued (${near}); ids are opaque and case-sensitive`, { used: id, issued: near }), seqs: [r.view.seq] }];
  });
}

export function judgeSessionOrder(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  const capability = judgeCapabilityFirst(requests);
  const placed = [...(capability ? [capability] : []), ...judgeRebooking(requests), ...judgeOpaqueIds(requests)];
  return placed.map(({ finding: f, seqs }) => ({ ...f, seqs, session }));
}
