// Faults in the patient appointment search (REG-02, REG-03, REG-05, REG-06) and in how server
// failures are answered (SLOT-37, ERR-04, READ-08): each changes the answer the faithful rules built.
import type { FaultBehaviour, FaultContext, FaultResult } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import type { Json } from './searchset-transform.ts';

const PAGE_SIZE = 20;

function onPatientSearch(change: (bundle: Json, result: FaultResult) => FaultResult): FaultBehaviour['result'] {
  return (result: FaultResult, ctx: FaultContext) => {
    const bundle = result.body as Json | undefined;
    return ctx.interaction === 'appointment-search' && result.status === 200 && bundle?.resourceType === 'Bundle' ? change(bundle, result) : result;
  };
}

function entriesOf(bundle: Json): Json[] {
  return Array.isArray(bundle.entry) ? (bundle.entry as Json[]) : [];
}

export const PATIENT_SEARCH_FAULTS = {
  // REG-02 broken: only the first matching appointment is returned.
  'patient-search-first-only': {
    result: onPatientSearch((bundle, result) => ({ ...result, body: { ...bundle, total: Math.min(1, entriesOf(bundle).length), entry: entriesOf(bundle).slice(0, 1) } })),
  },
  // REG-03 broken: the search is paged, twenty appointments a page, with a next link.
  'patient-search-paged': {
    result: onPatientSearch((bundle, result) => {
      const entry = entriesOf(bundle);
      if (entry.length <= PAGE_SIZE) return result;
      const [self] = Array.isArray(bundle.link) ? (bundle.link as Json[]) : [];
      const next = { relation: 'next', url: `${String(self?.url ?? '')}&_page=2` };
      return { ...result, body: { ...bundle, entry: entry.slice(0, PAGE_SIZE), link: [...(self ? [self] : []), next] } };
    }),
  },
  // REG-05 broken: entries name the appointment but not its version.
  'patient-search-unversioned-fullurl': {
    result: onPatientSearch((bundle, result) => ({
      ...result,
      body: { ...bundle, entry: entriesOf(bundle).map((e) => ({ ...e, fullUrl: String(e.fullUrl).replace(/\/_history\/[^/]+$/, '') })) },
    })),
  },
  // REG-06 broken: a token failure on the patient search (403, or 401 where the provider answers
  // that) is answered with an empty searchset.
  'patient-search-ignores-token-failure': {
    result: (result, ctx) => (ctx.interaction === 'appointment-search' && (result.status === 403 || result.status === 401)
      ? { status: 200, body: { resourceType: 'Bundle', type: 'searchset', total: 0, link: [{ relation: 'self', url: ctx.url }] } }
      : result),
  },
  // SLOT-37 / ERR-04 / READ-08 broken: a server failure is answered 503, as a load balancer would.
  'server-failure-as-503': {
    result: (result) => (result.status === 500 ? { ...result, status: 503 } : result),
  },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
