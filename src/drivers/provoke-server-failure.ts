// SLOT-37 / ERR-04 / READ-08 / REG-06: a server failure on demand, where the target declares a way
// to provoke one (`serverFailure`); otherwise the scenario is skipped with the reason, and those
// obligations stay untested for this target. `mock-chaos`: one `serverError` chaos rule for the
// next request of the interaction, removed after the scenario whether it was used or not.
import type { Interaction } from '../../spec/interactions.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import type { DriverContext } from './driver-context.ts';
import { adminTokenHeaders, callMockAdmin } from './mock-admin.ts';

/** The `{failingInteraction}` phrases. */
export const FAILING_INTERACTIONS = {
  'slot search': 'slot-search',
  'appointment read': 'appointment-read',
  'patient appointment search': 'appointment-search',
} as const satisfies Record<string, Interaction>;

export type FailingInteraction = keyof typeof FAILING_INTERACTIONS;
export const FAILING_INTERACTION_PHRASES = Object.keys(FAILING_INTERACTIONS) as readonly FailingInteraction[];

export function requireServerFailureDeclared(ctx: Pick<DriverContext, 'target'>): { readonly origin: string } {
  const declared = ctx.target.config.serverFailure;
  if (!declared) throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', 'the target declares no serverFailure, so a server failure (SLOT-37, ERR-04, READ-08) cannot be provoked');
  return declared;
}

export async function provokeServerFailure(ctx: DriverContext, phrase: FailingInteraction): Promise<void> {
  const { origin } = requireServerFailureDeclared(ctx);
  const interaction = FAILING_INTERACTIONS[phrase];
  await callMockAdmin(ctx, origin, '/chaos', { interaction, serverError: true, times: 1 }, `setup: fail the next ${phrase}`);
  ctx.cleanup.defer(`remove the server failure of the ${phrase}`, () =>
    ctx.client.sendRaw({ method: 'DELETE', url: `${origin.replace(/\/+$/, '')}/_admin/chaos`, headers: adminTokenHeaders(ctx), purpose: 'setup', label: 'cleanup: remove chaos rules' }));
}
