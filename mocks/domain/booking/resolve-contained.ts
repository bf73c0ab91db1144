// BOOK-05 / BOOK-06 / C-15: exactly one DocumentReference, one Patient and one Slot, in any order,
// each with an id unique within the Appointment.
import type { Problem } from '../problem.ts';
import type { ContainedIndex } from './booking-types.ts';
import { isFhirId, isRecord } from './fhir-primitives.ts';
import { profileInvalid } from './profile-invalid.ts';
import { describeJsonValue } from '../describe-json-value.ts';

const KINDS = { DocumentReference: 'documentReference', Patient: 'patient', Slot: 'slot' } as const;
const EXPECTED = 'exactly one DocumentReference, one Patient and one Slot (BOOK-05)';

export function resolveContained(contained: unknown): { ok: true; index: ContainedIndex } | { ok: false; problem: Problem } {
  if (!Array.isArray(contained) || contained.length !== 3) {
    const count = Array.isArray(contained) ? contained.length : 0;
    return { ok: false, problem: profileInvalid('Appointment.contained', `Appointment.contained must hold ${EXPECTED}; found ${count} resources`) };
  }
  const index: Partial<Record<(typeof KINDS)[keyof typeof KINDS], number>> = {};
  const seenIds = new Set<string>();
  for (const [i, resource] of contained.entries()) {
    const path = `Appointment.contained[${i}]`;
    const type = isRecord(resource) ? resource.resourceType : undefined;
    const kind = typeof type === 'string' && Object.hasOwn(KINDS, type) ? KINDS[type as keyof typeof KINDS] : undefined;
    if (!isRecord(resource) || kind === undefined) {
      return { ok: false, problem: profileInvalid(`${path}.resourceType`, `Appointment.contained must hold ${EXPECTED}; found ${describeJsonValue(type)}`) };
    }
    if (index[kind] !== undefined) {
      return { ok: false, problem: profileInvalid(`${path}.resourceType`, `Appointment.contained must hold ${EXPECTED}; found a second ${describeJsonValue(type)}`) };
    }
    if (!isFhirId(resource.id)) return { ok: false, problem: profileInvalid(`${path}.id`, 'A contained resource needs an id of 1-64 characters from [A-Za-z0-9-.] (BOOK-05)') };
    if (seenIds.has(resource.id)) return { ok: false, problem: profileInvalid(`${path}.id`, `Contained id ${resource.id} is not unique within the Appointment (BOOK-05)`) };
    seenIds.add(resource.id);
    index[kind] = i;
  }
  // Three entries, no repeats, all of the three kinds: every index is set.
  return { ok: true, index: index as ContainedIndex };
}
