// What every returned Slot must look like: a SlotStatus code (SLOT-14), the CareConnect profile,
// exactly one identifier, a `Schedule/<id>` reference, start, end and status (SLOT-32), and the
// status the search asked for (SLOT-13).
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { fail } from '../verdict/fail.ts';
import type { EntryView, SearchsetView } from '../fhir/searchset-view.ts';

export const CARE_CONNECT_SLOT_PROFILE = 'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1';
export const STRICT_SLOT_STATUSES: readonly string[] = ['free', 'busy'];
export const STU3_SLOT_STATUSES: readonly string[] = ['busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const label = (slot: EntryView) => `Slot/${String(slot.resource.id)}`;
const LIMIT = 10;

function failAll(view: SearchsetView, code: string, obligations: readonly string[], reason: string, expected: unknown, problems: readonly string[]): void {
  if (problems.length === 0) return;
  fail(view.exchange, { code, obligations, reason: `${reason} (${problems.length} found)`, expected, actual: problems.slice(0, LIMIT) });
}

/** SLOT-13: every Slot has one of the statuses the search asked for. */
export function expectSlotStatusesIn(view: SearchsetView, statuses: readonly string[]): void {
  const wrong = view.slots.filter((slot) => !statuses.includes(String(slot.resource.status))).map((slot) => `${label(slot)} is ${String(slot.resource.status)}`);
  failAll(view, 'SLOT_STATUS', ['SLOT-13'], `a search for status ${statuses.join(',')} returned other statuses`, statuses, wrong);
}

/** SLOT-13: the search returned Slots of each of these statuses (the target has both). */
export function expectSlotStatusesPresent(view: SearchsetView, statuses: readonly string[]): void {
  const seen = new Set(view.slots.map((slot) => String(slot.resource.status)));
  const missing = statuses.filter((status) => !seen.has(status));
  failAll(view, 'SLOT_STATUS_MISSING', ['SLOT-13'], 'the search returned no Slot of a status it asked for, though the target has such slots', statuses, missing.map((s) => `no ${s} Slot`));
}

/** SLOT-14: only SlotStatus codes; strictly free or busy (NBA), leniently any STU3 code. */
export function expectSlotStatusCodes(view: SearchsetView, policy: ConformancePolicy): void {
  const allowed = policy.slot.statusCodes === 'strict' ? STRICT_SLOT_STATUSES : STU3_SLOT_STATUSES;
  const wrong = view.slots.filter((slot) => !allowed.includes(String(slot.resource.status))).map((slot) => `${label(slot)}: ${JSON.stringify(slot.resource.status)}`);
  failAll(view, 'SLOT_STATUS_CODE', ['SLOT-14'], 'Slot.status is not an allowed SlotStatus code', allowed, wrong);
}

function slotFieldProblems(slot: EntryView, requireUuid: boolean): string[] {
  const r = slot.resource;
  const profiles = (r.meta as { profile?: unknown } | undefined)?.profile;
  const identifiers = Array.isArray(r.identifier) ? (r.identifier as { value?: unknown }[]) : undefined;
  const reference = (r.schedule as { reference?: unknown } | undefined)?.reference;
  return [
    ...(Array.isArray(profiles) && profiles.includes(CARE_CONNECT_SLOT_PROFILE) ? [] : [`${label(slot)}: meta.profile does not list ${CARE_CONNECT_SLOT_PROFILE}`]),
    ...(identifiers?.length === 1 ? [] : [`${label(slot)}: ${identifiers === undefined ? 'no identifier array' : `${identifiers.length} identifiers`}`]),
    ...(requireUuid && identifiers?.length === 1 && !UUID.test(String(identifiers[0].value)) ? [`${label(slot)}: identifier value ${JSON.stringify(identifiers[0].value)} is not a UUID`] : []),
    ...(typeof reference === 'string' && /^Schedule\/[A-Za-z0-9\-.]{1,64}$/.test(reference) ? [] : [`${label(slot)}: schedule.reference ${JSON.stringify(reference)} is not Schedule/<id>`]),
    ...(['start', 'end', 'status'] as const).filter((field) => r[field] === undefined).map((field) => `${label(slot)}: no ${field}`),
  ];
}

/** SLOT-32 */
export function expectSlotFields(view: SearchsetView, policy: ConformancePolicy): void {
  const problems = view.slots.flatMap((slot) => slotFieldProblems(slot, policy.slot.requireUuidIdentifier));
  failAll(view, 'SLOT_FIELD', ['SLOT-32'], 'Slots lack required elements', 'meta.profile CareConnect-Slot-1, one UUID identifier, schedule Schedule/<id>, start, end, status', problems);
}

/** The search returned at least one Slot (SLOT-11, or a precondition of another check). */
export function expectSomeSlots(view: SearchsetView, obligations: readonly string[]): void {
  if (view.slots.length === 0) {
    fail(view.exchange, { code: 'NO_SLOTS', obligations, reason: 'the search returned no Slot, though the target declares free slots for it', expected: 'at least one Slot', actual: 0 });
  }
}
