// PROF-12: every contact point (the patient's and third parties') has a positive integer rank, and
// exactly one of them has rank 1, the primary. PROF-14: the only telecom may sit in `contact[]`.
import type { Problem } from '../problem.ts';
import type { Tolerance } from './booking-types.ts';
import { isRecord, type JsonObject } from './fhir-primitives.ts';
import { profileInvalid } from './profile-invalid.ts';

/** `[path, telecom]` pairs in document order, or the path of a malformed telecom list. */
function collectTelecoms(patient: JsonObject, base: string): [string, unknown][] | string {
  const lists: [string, unknown][] = [[`${base}.telecom`, patient.telecom]];
  if (Array.isArray(patient.contact)) {
    patient.contact.forEach((c, k) => lists.push([`${base}.contact[${k}].telecom`, isRecord(c) ? c.telecom : undefined]));
  }
  const out: [string, unknown][] = [];
  for (const [path, list] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) return path;
    list.forEach((t, i) => out.push([`${path}[${i}]`, t]));
  }
  return out;
}

export function checkTelecomRanks(patient: JsonObject, base: string, tolerated: Tolerance[]): Problem | undefined {
  const telecoms = collectTelecoms(patient, base);
  if (typeof telecoms === 'string') return profileInvalid(telecoms, 'telecom must be a non-empty array when present (PROF-03)');
  if (telecoms.length === 0) {
    // PROF-09 binds the consumer; the provider still books a patient it cannot call (BOOK-26).
    tolerated.push({ obligation: 'PROF-09', expression: `${base}.telecom`, message: 'The patient has no contact details' });
    return undefined;
  }
  let primary: string | undefined;
  for (const [path, telecom] of telecoms) {
    const rank = isRecord(telecom) ? telecom.rank : undefined;
    if (rank === undefined) return profileInvalid(`${path}.rank`, 'Every telecom needs a rank (PROF-12)');
    if (!Number.isInteger(rank) || (rank as number) < 1) return profileInvalid(`${path}.rank`, `telecom.rank must be a positive integer, got ${JSON.stringify(rank)} (PROF-12)`);
    if (rank !== 1) continue;
    if (primary !== undefined) return profileInvalid(`${path}.rank`, `Two contact points have rank 1 (${primary} and ${path}); exactly one is the primary (PROF-12)`);
    primary = path;
  }
  if (primary === undefined) return profileInvalid(`${base}.telecom`, 'No contact point has rank 1; exactly one must be the primary (PROF-12)');
  return undefined;
}
