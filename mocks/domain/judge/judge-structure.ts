// PROF-02: an Appointment body validated against base STU3 by the injected structural validator.
// Messages that name another obligation belong to that obligation's own judge, so one mistake
// fails one obligation; warnings (e.g. "no schema for this type") do not fail.
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { StructuralValidator } from './judge-context.ts';

const MAX_LISTED = 5;

export function judgeStructure(validate: StructuralValidator | undefined, kind: 'AppointmentCreateRequest' | 'Appointment', body: JsonObject): Finding[] {
  if (validate === undefined) return [];
  const errors = validate(kind, body).filter((m) => m.severity === 'error' && (m.obligation === undefined || m.obligation === 'PROF-02'));
  if (errors.length === 0) return [finding('PROF-02', 'pass', `the ${kind === 'Appointment' ? 'Appointment' : 'booking'} body is structurally valid STU3`)];
  const more = errors.length > MAX_LISTED ? ` (and ${errors.length - MAX_LISTED} more)` : '';
  return [finding('PROF-02', 'fail', `${errors.slice(0, MAX_LISTED).map((m) => m.message).join('; ')}${more}`, errors.map((m) => m.message))];
}
