// Two searches that must give the same answer: the same window in other offsets (SLOT-16,
// TIME-03), with unknown parameters added (SLOT-06), without the optional practitioner claim
// (JWT-19), through the SSP or directly (SSP-06), with another include spelling (SLOT-24).
// And SLOT-08: the restricted consumer must not see the slots withheld from it.
import { fail } from '../verdict/fail.ts';
import { slotIds, type SearchsetView } from '../fhir/searchset-view.ts';

function difference(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
}

function expectSameSets(reference: SearchsetView, other: SearchsetView, a: readonly string[], b: readonly string[], code: string, obligations: readonly string[], what: string): void {
  const onlyFirst = difference(a, b);
  const onlySecond = difference(b, a);
  if (onlyFirst.length > 0 || onlySecond.length > 0) {
    fail(other.exchange, {
      code,
      obligations,
      reason: `${what} differ from those of exchange ${reference.exchange.id}`,
      expected: `the same ${a.length} ${what}`,
      actual: { missing: onlyFirst.slice(0, 10), extra: onlySecond.slice(0, 10), counts: [a.length, b.length] },
    });
  }
}

export function expectSameSlots(reference: SearchsetView, other: SearchsetView, obligations: readonly string[]): void {
  expectSameSets(reference, other, slotIds(reference), slotIds(other), 'RESULTS_DIFFER', obligations, 'Slots');
}

/** SLOT-24: the same resources (Slots and includes), whatever the include spelling. */
export function expectSameResources(reference: SearchsetView, other: SearchsetView, obligations: readonly string[]): void {
  const keys = (view: SearchsetView) => [...new Set(view.entries.filter((e) => e.mode !== 'outcome').map((e) => e.key))].sort();
  expectSameSets(reference, other, keys(reference), keys(other), 'RESOURCES_DIFFER', obligations, 'resources');
}

/** SLOT-08: the target declares some slots are withheld from the restricted consumer; they must be missing. */
export function expectWithheldSlotsMissing(primary: SearchsetView, restricted: SearchsetView): void {
  const withheld = difference(slotIds(primary), slotIds(restricted));
  if (withheld.length === 0) {
    fail(restricted.exchange, {
      code: 'WITHHELD_SLOTS_RETURNED',
      obligations: ['SLOT-08'],
      reason: `the restricted consumer sees every one of the ${slotIds(primary).length} Slots the primary consumer sees, though the target withholds some from it`,
      expected: 'fewer Slots than the primary consumer sees',
      actual: slotIds(restricted).length,
    });
  }
}

/** SLOT-13: `status=free,busy` is the union of `status=free` and `status=busy`. */
export function expectUnionOf(combined: SearchsetView, parts: readonly SearchsetView[]): void {
  const union = [...new Set(parts.flatMap(slotIds))].sort();
  expectSameSets(parts[0], combined, union, slotIds(combined), 'RESULTS_DIFFER', ['SLOT-13'], 'Slots of the separate status searches');
}
