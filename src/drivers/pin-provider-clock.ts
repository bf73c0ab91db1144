// The provider's "now", for tokens whose validity hinges on the second (JWT-11, JWT-12). A mock
// target's clock is frozen on the current second and, after the scenario, put back as it was (a
// run on a frozen mock keeps its instant); a real target's clock is read from its Date header, so
// the two clocks never need to agree (JWT-13).
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';
import { callMockAdmin, readMockAdmin } from './mock-admin.ts';

/** The clock of the mock admin's `/state`: frozen at `now`, offset from the real clock, or real. */
interface MockClockState {
  readonly mode?: unknown;
  readonly now?: unknown;
  readonly offsetSeconds?: unknown;
}

/** The `/clock` command that puts a mock's clock back in `state`; the real clock when unreadable. */
export function restoreClockCommand(state: unknown): Record<string, unknown> {
  const clock = (typeof state === 'object' && state !== null ? (state as { clock?: MockClockState }).clock : undefined) ?? {};
  if (clock.mode === 'frozen' && typeof clock.now === 'string') return { freeze: clock.now };
  if (clock.mode === 'offset' && typeof clock.offsetSeconds === 'number') return { offsetSeconds: clock.offsetSeconds };
  return { reset: true };
}

export async function pinProviderClock(ctx: DriverContext): Promise<number> {
  const admin = ctx.target.config.admin;
  if (admin) {
    const nowSec = Math.floor(ctx.nowMs() / 1000);
    const restore = restoreClockCommand(await readMockAdmin(ctx, admin.origin, '/state', 'read the mock clock'));
    await callMockAdmin(ctx, admin.origin, '/clock', { freeze: new Date(nowSec * 1000).toISOString() }, 'freeze the mock clock');
    ctx.cleanup.defer('restore the mock clock', () => callMockAdmin(ctx, admin.origin, '/clock', restore, 'restore the mock clock'));
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
