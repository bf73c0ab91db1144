// SLOT-20: an include the provider supports brings in resources of its type. Without any returned
// Slot nothing can be reached, so the check cannot be judged (inconclusive, not a failure).
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { fail } from '../verdict/fail.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';

export function expectIncludedTypes(view: SearchsetView, types: readonly string[]): void {
  if (view.slots.length === 0) {
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', 'no Slot was returned, so no include could reach a resource', { obligations: ['SLOT-20'], exchangeId: view.exchange.id });
  }
  const present = new Set(view.entries.filter((e) => e.resource.resourceType !== 'Slot').map((e) => e.resource.resourceType));
  const missing = types.filter((type) => !present.has(type));
  if (missing.length > 0) {
    fail(view.exchange, { code: 'INCLUDE_NOT_HONOURED', obligations: ['SLOT-20'], reason: `requested includes brought no ${missing.join(', ')}`, expected: types, actual: [...present].sort() });
  }
}
