// The admin surface of a mock provider (`<origin>/_admin/…`), for targets that declare one. A
// failed admin call means the scenario's precondition could not be set up: inconclusive.
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';

export async function callMockAdmin(ctx: DriverContext, origin: string, path: string, body: unknown, label: string): Promise<unknown> {
  const exchange = await ctx.client.sendRaw({
    method: 'POST',
    url: `${origin.replace(/\/+$/, '')}/_admin${path}`,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    purpose: 'setup',
    label,
  });
  if (exchange.response.status !== 200) {
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `${label}: the mock's admin endpoint answered ${exchange.response.status}`, { exchangeId: exchange.id });
  }
  return JSON.parse(exchange.response.bodyText) as unknown;
}
