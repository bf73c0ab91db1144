// Faults in which slots a search returns: the service mapping, the release rules, the status
// filter, and answers to searches the faithful provider refuses.
import type { ProviderView } from '../domain/provider-view.ts';
import type { ProviderData } from '../domain/types.ts';
import type { FaultBehaviour } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import { overrideView, unreleasedView } from './override-view.ts';
import { rewriteQuery } from './rewrite-request.ts';

const SERVICE_PARAMS: readonly string[] = ['schedule.actor:healthcareservice', 'service'];
/** The service id a provider that defaults the missing parameter searches with. */
const ANY_SERVICE = 'any';

function allScheduleIds(data: ProviderData): string[] {
  return data.schedules.map((schedule) => schedule.id);
}

/** A service id it does not know maps to every schedule (and is described as its first service). */
function unknownServiceMeansEverything(view: ProviderView, data: ProviderData): ProviderView {
  return overrideView(view, {
    serviceByDosId: (dosId: string) => view.serviceByDosId(dosId) ?? data.healthcareServices[0],
    scheduleIdsForService: (dosId: string) => (view.serviceByDosId(dosId) ? view.scheduleIdsForService(dosId) : allScheduleIds(data)),
  });
}

export const SEARCH_FAULTS = {
  // SLOT-07 broken.
  'ignore-service-param': {
    searchView: (view, data) => overrideView(view, {
      scheduleIdsForService: (dosId: string) => (view.serviceByDosId(dosId) ? allScheduleIds(data) : []),
    }),
  },
  // SLOT-08 broken.
  'leak-withheld-slots': { searchView: (view) => unreleasedView(view) },
  // SLOT-10 broken, both ways.
  'unknown-service-200-with-slots': { searchView: unknownServiceMeansEverything },
  'missing-service-returns-all': {
    request: (request, ctx) => {
      if (ctx.interaction !== 'slot-search') return request;
      return rewriteQuery(request, (pairs) => (pairs.some(([name]) => SERVICE_PARAMS.includes(name)) ? pairs : [...pairs, ['service', ANY_SERVICE]]));
    },
    searchView: unknownServiceMeansEverything,
  },
  // SLOT-11 broken: every schedule without a rule of its own is released to the known consumers only.
  'unseen-consumer-gets-nothing': {
    searchView: (view, data) => overrideView(view, {
      schedule: (id: string) => {
        const schedule = view.schedule(id);
        return schedule && { ...schedule, release: schedule.release ?? { odsCodes: data.consumers.map((c) => c.odsCode) } };
      },
    }),
  },
  // SLOT-12 broken.
  'first-schedule-only': {
    searchView: (view) => overrideView(view, { scheduleIdsForService: (dosId: string) => view.scheduleIdsForService(dosId).slice(0, 1) }),
  },
  // SLOT-13 broken.
  'busy-as-free': { query: (query) => ({ ...query, statuses: undefined }) },
  // SLOT-18 broken: "nothing in the past" instead of 400.
  'past-window-accepted': {
    problem: (problem, ctx) => (problem.code !== 'WINDOW_IN_PAST' ? problem : {
      status: 200,
      body: {
        resourceType: 'Bundle',
        id: crypto.randomUUID(),
        meta: { lastUpdated: new Date(ctx.nowMs).toISOString() },
        type: 'searchset',
        total: 0,
        link: [{ relation: 'self', url: ctx.url }],
      },
    }),
  },
  // SLOT-35 broken: the parser's complaint escapes as a server error.
  'bad-query-500': {
    problem: (problem, ctx) => (ctx.interaction === 'slot-search' && problem.code === 'INVALID_PARAMETER'
      ? { code: 'INTERNAL', diagnostics: `Unhandled exception while parsing the query: ${problem.diagnostics}` }
      : problem),
  },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;
