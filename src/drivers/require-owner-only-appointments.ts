// JWT-23 is a MAY: a provider may let any consumer organisation with the scope read and cancel an
// appointment. Only a target that declares owner-only appointments is held to refusing the others.
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

export function requireOwnerOnlyAppointments(target: ResolvedTarget): void {
  if (target.config.oracle?.appointmentsOwnerOnly !== true) {
    throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', 'the target does not declare oracle.appointmentsOwnerOnly (JWT-23 lets a provider serve any consumer organisation)');
  }
}
