// The provider's "now", for tokens whose validity hinges on the second (JWT-11, JWT-12). A mock
// target's clock is frozen on the current second (and unfrozen after the scenario); a real
// target's clock is read from its Date header, so the two clocks never need to agree (JWT-13).
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';
import { callMockAdmin } from './mock-admin.ts';

export async function pinProviderClock(ctx: DriverContext): Promise<number> {
  const admin = ctx.target.config.admin;
  if (admin) {
    const nowSec = Math.floor(ctx.nowMs() / 1000);
    await callMockAdmin(ctx, admin.origin, '/clock', { freeze: new Date(nowSec * 1000).toISOString() }, 'freeze the mock clock');
    ctx.cleanup.defer('unfreeze the mock clock', () => callMockAdmin(ctx, admin.origin, '/clock', { reset: true }, 'unfreeze the mock clock'));
    return nowSec;
  }
  const exchange = await ctx.client.send({ interaction: 'metadata', method: 'GET', path: '/metadata', purpose: 'setup', label: "read the provider's clock", consumer: ctx.consumer });
  const dateMs = Date.parse(exchange.response.headers.date ?? '');
  if (Number.isNaN(dateMs)) {
    throw new InconclusiveError('INCONCLUSIVE_CLOCK_SKEW', 'the provider sends no usable Date header, so token times cannot be set by its clock', { obligations: ['JWT-13'], exchangeId: exchange.id });
  }
  // The Date header is truncated to the second: the provider's clock is at or after it.
  const elapsedMs = Math.max(0, ctx.nowMs() - (Date.parse(exchange.startedAt) + exchange.durationMs));
  return Math.floor((dateMs + elapsedMs) / 1000);
}
