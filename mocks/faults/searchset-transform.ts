// Result transforms for faults that break the searchset Bundle a successful slot search returns:
// the Bundle as a whole, or each resource of one type inside it.
import type { FaultBehaviour, FaultContext, FaultResult } from './fault-behaviour.ts';

export type Json = Readonly<Record<string, unknown>>;
export interface Entry {
  readonly fullUrl?: string;
  readonly resource: Json;
  readonly search?: Json;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function entriesOf(bundle: Json): Entry[] {
  return Array.isArray(bundle.entry) ? (bundle.entry as Entry[]) : [];
}

/** The Bundle with these entries (none: no `entry` at all, PROF-03). */
export function withEntries(bundle: Json, entries: readonly Entry[]): Json {
  const { entry: _dropped, ...rest } = bundle;
  return entries.length > 0 ? { ...rest, entry: entries } : rest;
}

/** A fault acting on the searchset of every successful slot search; it may answer something else. */
export function onSearchset(change: (bundle: Json, ctx: FaultContext) => Json | FaultResult): FaultBehaviour {
  return {
    result: (result, ctx) => {
      const bundle = result.body;
      if (ctx.interaction !== 'slot-search' || result.status !== 200 || !isJson(bundle) || bundle.type !== 'searchset') return result;
      const changed = change(bundle, ctx);
      if (changed === bundle) return result;
      return 'status' in changed && 'body' in changed ? (changed as FaultResult) : { ...result, body: changed };
    },
  };
}

/** A fault acting on every resource of one type in a searchset. */
export function mapResources(resourceType: string, change: (resource: Json) => Json): FaultBehaviour {
  return onSearchset((bundle) => withEntries(bundle, entriesOf(bundle).map((entry) => (
    entry.resource.resourceType === resourceType ? { ...entry, resource: change(entry.resource) } : entry
  ))));
}
