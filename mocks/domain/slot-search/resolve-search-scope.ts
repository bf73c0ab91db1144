// Which service a Slot search is for and which schedules it may look at, or the Problem that stops
// the search before any slot is read. Shared by searchSlots and explainSlotSearch so they agree.
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import type { ProviderView } from '../provider-view.ts';
import type { HealthcareServiceRecord } from '../types.ts';
import type { SlotQuery } from './slot-query.ts';

export type SearchScope =
  | {
      readonly ok: true;
      /** The service searched for; absent for an ASID token (C-02) or an unconfigured id under C-05 lenient. */
      readonly service?: HealthcareServiceRecord;
      readonly matchedBy: 'dos-id' | 'asid' | 'unconfigured';
      /** Schedules the many-to-many mapping links to the token, in configuration order (SLOT-07). */
      readonly scheduleIds: readonly string[];
    }
  | { readonly ok: false; readonly problem: Problem };

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function resolveSearchScope(query: SlotQuery, view: ProviderView, nowMs: number, config: ProviderConfig): SearchScope {
  const id = query.serviceId;
  // C-01: the DoS id held in HealthcareService.identifier; the logical id only when configured.
  const service = view.serviceByDosId(id) ?? (config.serviceValueMatch === 'identifierOrLogicalId' ? view.serviceById(id) : undefined);
  let scope: SearchScope;
  if (service) {
    scope = { ok: true, service, matchedBy: 'dos-id', scheduleIds: view.scheduleIdsForService(service.dosId) };
  } else if (config.allowAsidAsServiceId && id === view.providerAsid && view.scheduleIdsForService(id).length > 0) {
    // C-02 lenient: the fixture maps the provider's ASID token to schedules (legacy fs_dos deployments).
    scope = { ok: true, matchedBy: 'asid', scheduleIds: view.scheduleIdsForService(id) };
  } else if (config.unknownServiceStatus === 200) {
    // C-05 lenient: 200 with no entries; still never slots of other services (SLOT-10).
    scope = { ok: true, matchedBy: 'unconfigured', scheduleIds: [] };
  } else {
    // SLOT-10 / C-05 strict: 404 with diagnostics naming the service id.
    const problem: Problem = {
      code: 'UNKNOWN_SERVICE',
      diagnostics: `Healthcare service ${id} is not configured at this provider`,
      expression: [query.serviceParam],
    };
    return { ok: false, problem };
  }
  const { fromMs, toMs, hasLowerBound } = query.window;
  // SLOT-18: 400 only when both ends are in the past; a lower bound in the past alone is fine.
  if (hasLowerBound && fromMs < nowMs && toMs < nowMs) {
    const problem: Problem = {
      code: 'WINDOW_IN_PAST',
      diagnostics: `Both ends of the search window are in the past (start from ${iso(fromMs)} to ${iso(toMs)}, now ${iso(nowMs)})`,
      expression: ['start'],
    };
    return { ok: false, problem };
  }
  return scope;
}
