// The admin surface of a mock provider (`<origin>/_admin/…`), for targets that declare one. A
// failed admin call means the scenario's precondition could not be set up: inconclusive.
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';

/** The admin token header, when the target names the environment variable that holds it. */
export function adminTokenHeaders(ctx: DriverContext): Record<string, string> {
  const name = ctx.target.config.admin?.tokenEnv;
  const token = name === undefined ? undefined : process.env[name];
  return token ? { 'X-Admin-Token': token } : {};
}

async function sendAdmin(ctx: DriverContext, origin: string, path: string, command: { readonly body: unknown } | undefined, label: string): Promise<unknown> {
  const exchange = await ctx.client.sendRaw({
    method: command ? 'POST' : 'GET',
    url: `${origin.replace(/\/+$/, '')}/_admin${path}`,
    headers: { ...adminTokenHeaders(ctx), ...(command ? { 'Content-Type': 'application/json' } : {}) },
    ...(command ? { body: JSON.stringify(command.body) } : {}),
    purpose: 'setup',
    label,
  });
  if (exchange.response.status !== 200) {
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `${label}: the mock's admin endpoint answered ${exchange.response.status}`, { exchangeId: exchange.id });
  }
  return JSON.parse(exchange.response.bodyText) as unknown;
}

/** POSTs a command (e.g. `/clock` `{"reset":true}`) and returns the admin's JSON answer. */
export function callMockAdmin(ctx: DriverContext, origin: string, path: string, body: unknown, label: string): Promise<unknown> {
  return sendAdmin(ctx, origin, path, { body }, label);
}

/** GETs an admin resource (e.g. `/state`). */
export function readMockAdmin(ctx: DriverContext, origin: string, path: string, label: string): Promise<unknown> {
  return sendAdmin(ctx, origin, path, undefined, label);
}
