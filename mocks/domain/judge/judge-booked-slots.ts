// BOOK-15 across the session: the contained Slot of a booking copies a slot the provider served in
// an earlier search of the same session (identifier, start, end, schedule), and that slot was served
// as free (C-38: a busy slot returned by a search without status=free is not bookable). Instants
// are compared by value (TIME-05), so a copy re-serialised with another offset still matches.
import { instantMs, isRecord } from '../booking/fhir-primitives.ts';
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { JudgedRequest } from './judge-retries.ts';
import type { JudgedFinding } from './judged-finding.ts';

interface ServedSlot {
  readonly seq: number;
  readonly slot: JsonObject;
}

const records = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isRecord) : []);

function servedSlots(search: JudgedRequest): ServedSlot[] {
  const bundle = search.view.responseJson;
  if (search.view.status !== 200 || !isRecord(bundle) || bundle.resourceType !== 'Bundle') return [];
  return records(bundle.entry).map((e) => e.resource).filter(isRecord).filter((r) => r.resourceType === 'Slot').map((slot) => ({ seq: search.view.seq, slot }));
}

const identifierOf = (slot: JsonObject): unknown => records(slot.identifier)[0]?.value;
const scheduleOf = (slot: JsonObject): unknown => (isRecord(slot.schedule) ? slot.schedule.reference : undefined);

function compare(booking: JudgedRequest, served: ServedSlot | undefined): Finding {
  const identifier = booking.facts.slotIdentifier;
  if (served === undefined) {
    return finding('BOOK-15', 'fail', `the contained Slot (identifier ${String(identifier)}) was not served by any earlier slot search of this session; copy it from the chosen search result`, identifier);
  }
  const copy = records(isRecord(booking.view.requestJson) ? booking.view.requestJson.contained : undefined).find((r) => r.resourceType === 'Slot') as JsonObject;
  const differences: string[] = [];
  for (const key of ['start', 'end'] as const) {
    const [sent, original] = [instantMs(copy[key]), instantMs(served.slot[key])];
    if (sent === undefined || sent !== original) differences.push(`${key} ${JSON.stringify(copy[key])} (served ${JSON.stringify(served.slot[key])})`);
  }
  if (scheduleOf(copy) !== scheduleOf(served.slot)) differences.push(`schedule ${JSON.stringify(scheduleOf(copy))} (served ${JSON.stringify(scheduleOf(served.slot))})`);
  if (served.slot.status !== 'free') differences.push(`the slot was served as ${JSON.stringify(served.slot.status)}, not free: only free slots are bookable (C-38)`);
  return differences.length === 0
    ? finding('BOOK-15', 'pass', `copies Slot/${String(served.slot.id)} served in #${served.seq}`)
    : finding('BOOK-15', 'fail', `the contained Slot does not copy Slot/${String(served.slot.id)} served in #${served.seq}: ${differences.join('; ')}`, differences);
}

export function judgeBookedSlots(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  /** The latest serving of each slot identifier: bounded by the provider's slots, found in constant time. */
  const served = new Map<unknown, ServedSlot>();
  const out: JudgedFinding[] = [];
  for (const request of requests) {
    if (request.view.interaction === 'slot-search') for (const s of servedSlots(request)) served.set(identifierOf(s.slot), s);
    if (request.view.interaction !== 'appointment-create' || request.facts.slotIdentifier === undefined) continue;
    const match = served.get(request.facts.slotIdentifier);
    out.push({ ...compare(request, match), seqs: match ? [match.seq, request.view.seq] : [request.view.seq], session, interaction: 'appointment-create' });
  }
  return out;
}
