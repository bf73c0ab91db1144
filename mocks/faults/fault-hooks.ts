// The one place the handler layer asks what the active faults do: every fault's behaviour, composed
// in a fixed order into hooks that are the identity when no fault is active.
import type { Problem } from '../domain/problem.ts';
import type { ProviderConfig } from '../domain/provider-config.ts';
import type { ProviderView } from '../domain/provider-view.ts';
import type { SlotQuery } from '../domain/slot-search/slot-query.ts';
import type { ProviderData } from '../domain/types.ts';
import type { SlotLedger } from '../domain/slot-ledger.ts';
import { APPOINTMENT_ANSWER_FAULTS } from './appointment-answer-faults.ts';
import { BOOKING_FAULTS } from './booking-faults.ts';
import { BUNDLE_FAULTS } from './bundle-faults.ts';
import { CAPABILITY_FAULTS } from './capability-faults.ts';
import type { FaultBehaviour, FaultContext, FaultResult, TransportSwitches, WireResponse } from './fault-behaviour.ts';
import { MOCK_FAULTS, type MockFault } from './mock-fault.ts';
import { PATIENT_SEARCH_FAULTS } from './patient-search-faults.ts';
import { QUERY_FAULTS } from './query-faults.ts';
import { READ_CANCEL_FAULTS } from './read-cancel-faults.ts';
import { RESOURCE_FAULTS } from './resource-faults.ts';
import { SEARCH_FAULTS } from './search-faults.ts';
import { TOKEN_FAULTS } from './token-faults.ts';
import { TRANSPORT_FAULTS } from './transport-faults.ts';

/** What each fault does; the compiler insists every fault of MOCK_FAULTS has an entry. */
export const FAULT_BEHAVIOURS: Readonly<Record<MockFault, FaultBehaviour>> = {
  ...CAPABILITY_FAULTS,
  ...QUERY_FAULTS,
  ...SEARCH_FAULTS,
  ...BUNDLE_FAULTS,
  ...RESOURCE_FAULTS,
  ...TOKEN_FAULTS,
  ...TRANSPORT_FAULTS,
  ...BOOKING_FAULTS,
  ...APPOINTMENT_ANSWER_FAULTS,
  ...READ_CANCEL_FAULTS,
  ...PATIENT_SEARCH_FAULTS,
};

export interface FaultHooks {
  request(request: Request, ctx: FaultContext): Promise<Request>;
  refuse(request: Request, ctx: FaultContext): Promise<Problem | undefined>;
  config(config: ProviderConfig): ProviderConfig;
  searchView(view: ProviderView, data: ProviderData): ProviderView;
  query(query: SlotQuery): SlotQuery;
  bookingLedger(ledger: SlotLedger, ctx: FaultContext): SlotLedger;
  appointmentId(body: unknown, assign: () => string): () => string;
  problem(problem: Problem, ctx: FaultContext): Problem | FaultResult;
  result(result: FaultResult, ctx: FaultContext): FaultResult;
  wire(response: WireResponse, ctx: FaultContext): WireResponse;
  readonly transport: TransportSwitches;
}

function isProblem(value: Problem | FaultResult): value is Problem {
  return 'code' in value && 'diagnostics' in value;
}

/**
 * The hooks of the active faults, applied in the order of MOCK_FAULTS (so the order is stable),
 * after the behaviours of the provider's valid variants (`under`): a fault acts on top of them.
 */
export function faultHooks(faults: ReadonlySet<MockFault>, under: readonly FaultBehaviour[] = []): FaultHooks {
  const active = [...under, ...(Object.keys(MOCK_FAULTS) as MockFault[]).filter((fault) => faults.has(fault)).map((fault) => FAULT_BEHAVIOURS[fault])];
  const chain = <T, C>(pick: (b: FaultBehaviour) => ((value: T, ctx: C) => T) | undefined) => (value: T, ctx: C): T =>
    active.reduce((out, behaviour) => pick(behaviour)?.(out, ctx) ?? out, value);
  return {
    request: async (request, ctx) => {
      let out = request;
      for (const behaviour of active) if (behaviour.request) out = await behaviour.request(out, ctx);
      return out;
    },
    refuse: async (request, ctx) => {
      for (const behaviour of active) {
        const problem = await behaviour.refuse?.(request, ctx);
        if (problem) return problem;
      }
      return undefined;
    },
    config: (config) => active.reduce((out, b) => b.config?.(out) ?? out, config),
    searchView: chain((b) => b.searchView),
    query: (query) => active.reduce((out, b) => b.query?.(out) ?? out, query),
    bookingLedger: chain((b) => b.bookingLedger),
    appointmentId: (body, assign) => active.reduce((out, b) => b.appointmentId?.(body, out) ?? out, assign),
    // Once a fault has turned the refusal into a result, later problem faults have nothing to act on.
    problem: (problem, ctx) => active.reduce<Problem | FaultResult>((out, b) => (isProblem(out) && b.problem ? b.problem(out, ctx) : out), problem),
    result: chain((b) => b.result),
    wire: chain((b) => b.wire),
    transport: Object.assign({ gzip: true, sspPrefix: true, chunkedRequests: true, gzipUnasked: false }, ...active.map((b) => b.transport ?? {})),
  };
}
