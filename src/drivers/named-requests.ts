// Requests the transport scenarios send, by name, so one outline can check a rule on every kind
// of response (HTTP-07, HTTP-10: "errors included"). The phrases are the `{request}` pattern.
import { newSlotSearch, toSlotSearchPath } from '../client/slot-search.ts';
import type { RequestSpec } from '../client/target-client.ts';
import type { DriverContext } from './driver-context.ts';
import { resolveService } from './service-roles.ts';
import { windowBounds } from './search-windows.ts';

export type NamedRequest = Pick<RequestSpec, 'interaction' | 'method' | 'path'> & Partial<Pick<RequestSpec, 'token'>>;

const searchPath = (ctx: DriverContext, dosId: string) => toSlotSearchPath(newSlotSearch(dosId, windowBounds('the search horizon', ctx.nowMs(), ctx.target)));

export const NAMED_REQUESTS = {
  'a request for the CapabilityStatement': () => ({ interaction: 'metadata', method: 'GET', path: '/metadata' }),
  'a slot search': (ctx) => ({ interaction: 'slot-search', method: 'GET', path: searchPath(ctx, resolveService(ctx.target, 'a service with free slots')) }),
  'a slot search for an unknown service': (ctx) => ({ interaction: 'slot-search', method: 'GET', path: searchPath(ctx, resolveService(ctx.target, 'an unknown service')) }),
  'a slot search without a token': (ctx) => ({ interaction: 'slot-search', method: 'GET', path: searchPath(ctx, resolveService(ctx.target, 'a service with free slots')), token: { defect: 'missing-authorization' } }),
  'a POST to the Slot endpoint': () => ({ interaction: 'slot-search', method: 'POST', path: '/Slot' }),
  'a request for a path the API does not serve': () => ({ interaction: 'metadata', method: 'GET', path: '/NoSuchResourceType' }),
} as const satisfies Record<string, (ctx: DriverContext) => NamedRequest>;

export type RequestName = keyof typeof NAMED_REQUESTS;
export const REQUEST_NAMES = Object.keys(NAMED_REQUESTS) as readonly RequestName[];

export function namedRequest(name: RequestName, ctx: DriverContext): NamedRequest {
  const build: (ctx: DriverContext) => NamedRequest = NAMED_REQUESTS[name];
  return build(ctx);
}
