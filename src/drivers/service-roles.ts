// The services a scenario can name, by role ("a service with free slots"), and where the target
// declares each one. The phrases are also the `{service}` parameter type's pattern, so a scenario
// naming a role nobody declared is an undefined step, and a role the target leaves out is a skip.
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import { DEFAULT_UNKNOWN_SERVICE, type TargetServices } from '../targets/target-config.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

interface ServiceRoleRow {
  readonly field: string;
  readonly pick: (services: TargetServices) => string | undefined;
}

export const SERVICE_ROLES = {
  'a service with free slots': { field: 'services.withFreeSlots', pick: (s) => s.withFreeSlots },
  'a service without slots': { field: 'services.withoutSlots', pick: (s) => s.withoutSlots },
  'the first service of the shared pair': { field: 'services.sharedSchedulePair', pick: (s) => s.sharedSchedulePair?.[0] },
  'the second service of the shared pair': { field: 'services.sharedSchedulePair', pick: (s) => s.sharedSchedulePair?.[1] },
  'a service spanning several schedules': { field: 'services.multiSchedule', pick: (s) => s.multiSchedule },
  'a service with withheld slots': { field: 'services.withWithheldSlots', pick: (s) => s.withWithheldSlots },
  'a service with slots of no recorded channel': { field: 'services.withUnrecordedChannel', pick: (s) => s.withUnrecordedChannel },
  'an unknown service': { field: 'services.unknown', pick: (s) => s.unknown ?? DEFAULT_UNKNOWN_SERVICE },
} as const satisfies Record<string, ServiceRoleRow>;

export type ServiceRole = keyof typeof SERVICE_ROLES;
export const SERVICE_ROLE_PHRASES = Object.keys(SERVICE_ROLES) as readonly ServiceRole[];

/** The DoS service id for a role, or a skip naming the target field that would provide it. */
export function resolveService(target: ResolvedTarget, role: ServiceRole): string {
  const row: ServiceRoleRow = SERVICE_ROLES[role];
  const dosId = row.pick(target.config.services);
  if (dosId === undefined) throw new ScenarioSkipped('SKIPPED_TARGET_DATA', `the target declares no ${row.field} (needed for "${role}")`);
  return dosId;
}
