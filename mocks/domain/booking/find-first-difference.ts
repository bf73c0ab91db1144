// CAN-06: the first path at which two FHIR JSON values differ, in the stored resource's element
// order, written as a FHIRPath-ish expression (`Appointment.contained[1].name[0].family`).
// Instants are compared by value (TIME-05), so re-serialising `+00:00` as `Z` is not a change.
import { instantMs, isRecord } from './fhir-primitives.ts';

function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const [am, bm] = [instantMs(a), instantMs(b)];
  return am !== undefined && am === bm;
}

export function findFirstDifference(stored: unknown, sent: unknown, path: string, ignoreKeys: readonly string[] = []): string | undefined {
  if (Array.isArray(stored) && Array.isArray(sent)) {
    const length = Math.max(stored.length, sent.length);
    for (let i = 0; i < length; i++) {
      if (i >= stored.length || i >= sent.length) return `${path}[${i}]`;
      const found = findFirstDifference(stored[i], sent[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(stored) && isRecord(sent)) {
    const keys = [...Object.keys(stored), ...Object.keys(sent).filter((k) => !Object.hasOwn(stored, k))];
    for (const key of keys) {
      if (ignoreKeys.includes(key)) continue;
      const found = findFirstDifference(stored[key], sent[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return sameScalar(stored, sent) ? undefined : path;
}
