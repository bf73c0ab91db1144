// PROF-03: valid FHIR JSON in what the consumer sends. Repeating elements are arrays even with one
// item (NBA's Patient example writes `given` and `prefix` as strings), and nothing is empty: FHIR
// JSON has no `[]`, `{}` or `""`.
import { isRecord } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';

/** Elements that repeat (0..* or 1..*) wherever a consumer writes them in a booking or cancel body. */
const ALWAYS_ARRAYS: ReadonlySet<string> = new Set([
  'contained', 'participant', 'slot', 'supportingInformation', 'incomingReferral', 'reason', 'serviceType', 'specialty',
  'extension', 'modifierExtension', 'telecom', 'given', 'prefix', 'suffix', 'line', 'coding', 'content', 'relationship', 'profile',
]);
/** Elements that repeat only directly on a resource (in a Reference, `identifier` is single). */
const RESOURCE_ARRAYS: ReadonlySet<string> = new Set(['identifier']);
/** Patient elements that repeat (Patient.contact.name and .address are single). */
const PATIENT_ARRAYS: ReadonlySet<string> = new Set(['name', 'address', 'contact']);
const MAX_LISTED = 5;

function walk(value: unknown, path: string, problems: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) problems.push(`${path} is an empty array`);
    value.forEach((item, i) => walk(item, `${path}[${i}]`, problems));
    return;
  }
  if (typeof value === 'string') {
    if (value === '') problems.push(`${path} is an empty string`);
    return;
  }
  if (!isRecord(value)) return;
  const keys = Object.keys(value);
  if (keys.length === 0) problems.push(`${path} is an empty object`);
  const isResource = typeof value.resourceType === 'string';
  for (const key of keys) {
    const child = value[key];
    const repeats = ALWAYS_ARRAYS.has(key) || (isResource && RESOURCE_ARRAYS.has(key)) || (value.resourceType === 'Patient' && PATIENT_ARRAYS.has(key));
    if (repeats && child !== undefined && child !== null && !Array.isArray(child)) problems.push(`${path}.${key} must be an array`);
    walk(child, `${path}.${key}`, problems);
  }
}

export function judgeFhirJsonShape(resource: unknown, root: string): Finding {
  const problems: string[] = [];
  walk(resource, root, problems);
  if (problems.length === 0) return finding('PROF-03', 'pass', `${root} is valid FHIR JSON in shape`);
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  return finding('PROF-03', 'fail', `${problems.slice(0, MAX_LISTED).join('; ')}${more}`, problems);
}
