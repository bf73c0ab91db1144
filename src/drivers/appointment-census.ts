// How many appointments the provider holds, for targets that can say (the mock's admin state):
// the proof that a refused or raced booking left no orphan appointment (BOOK-16, BOOK-17, XTI-05).
// A real provider offers no such count; the caller then reports that the check could not be made.
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';
import { adminTokenHeaders } from './mock-admin.ts';

export async function countAppointments(ctx: DriverContext): Promise<number | undefined> {
  const admin = ctx.target.config.admin;
  if (!admin) return undefined;
  const exchange = await ctx.client.sendRaw({ method: 'GET', url: `${admin.origin.replace(/\/+$/, '')}/_admin/state`, headers: adminTokenHeaders(ctx), purpose: 'setup', label: "count the mock's appointments" });
  let count: unknown;
  try {
    count = (JSON.parse(exchange.response.bodyText) as { appointments?: unknown }).appointments;
  } catch {
    count = undefined;
  }
  if (exchange.response.status !== 200 || typeof count !== 'number') {
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `the mock's admin state answered ${exchange.response.status} without an appointment count`, { exchangeId: exchange.id });
  }
  return count;
}
