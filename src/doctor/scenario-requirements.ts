// Which target data each scenario group needs, written in the drivers' own vocabulary (service
// roles, consumer phrases, window names), so the reason a group is skipped is the very sentence
// the driver throws when a scenario of that group runs. The suite's steps still skip through the
// drivers; this table lets the doctor (and a Before hook, if the suite adopts it) say so up front.
import { resolveConsumer, type ConsumerPhrase } from '../drivers/consumer-roles.ts';
import { windowBounds, type WindowName } from '../drivers/search-windows.ts';
import { resolveService, type ServiceRole } from '../drivers/service-roles.ts';
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import type { TargetOracle } from '../targets/target-config.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

export type ScenarioNeed =
  | { readonly kind: 'service'; readonly role: ServiceRole }
  | { readonly kind: 'consumer'; readonly phrase: ConsumerPhrase }
  | { readonly kind: 'window'; readonly name: WindowName }
  /** A fact the target vouches for: without it the group is skipped, or runs with a weaker check. */
  | { readonly kind: 'oracle'; readonly fact: keyof TargetOracle; readonly without: 'skip' | 'weaker' }
  /** The SSP route and the direct route can both be taken (SSP-06). */
  | { readonly kind: 'ssp-route' }
  /** Known only by asking the target: a free slot of services.withFreeSlots (findFreeSlot). */
  | { readonly kind: 'free-slot' }
  /** Known only by asking the target: its clock, to the second (pinProviderClock, JWT-13). */
  | { readonly kind: 'provider-clock' };

export interface ScenarioGroup {
  readonly id: string;
  readonly title: string;
  readonly obligations: readonly string[];
  readonly needs: readonly ScenarioNeed[];
}

const service = (role: ServiceRole): ScenarioNeed => ({ kind: 'service', role });
const FREE = service('a service with free slots');

export const SCENARIO_GROUPS: readonly ScenarioGroup[] = [
  { id: 'capability', title: 'CapabilityStatement', obligations: ['CAP-01', 'CAP-02', 'CAP-03', 'CAP-04', 'CAP-05', 'CAP-06', 'CAP-07', 'CAP-08', 'CAP-11'], needs: [FREE] },
  { id: 'content-negotiation', title: 'Formats and HTTP headers', obligations: ['HTTP-01', 'HTTP-02', 'HTTP-04', 'HTTP-05', 'HTTP-07', 'HTTP-10'], needs: [FREE, service('an unknown service')] },
  { id: 'slot-search', title: 'Slot search: parameters and Bundle shape', obligations: ['SLOT-01', 'SLOT-06', 'SLOT-14', 'SLOT-25', 'SLOT-27', 'SLOT-28', 'SLOT-30', 'SLOT-32', 'SLOT-35', 'SLOT-38'], needs: [FREE] },
  { id: 'unknown-service', title: 'Unknown or missing service', obligations: ['SLOT-10'], needs: [service('an unknown service')] },
  { id: 'service-mapping', title: 'Shared schedules', obligations: ['SLOT-07'], needs: [service('the first service of the shared pair'), service('the second service of the shared pair'), { kind: 'oracle', fact: 'schedulesByService', without: 'weaker' }] },
  { id: 'multi-schedule', title: 'A service spanning several schedules', obligations: ['SLOT-12'], needs: [service('a service spanning several schedules'), { kind: 'oracle', fact: 'schedulesByService', without: 'weaker' }] },
  { id: 'consumer-release', title: 'Slots withheld from a consumer', obligations: ['SLOT-08'], needs: [service('a service with withheld slots'), { kind: 'consumer', phrase: 'the restricted consumer' }] },
  { id: 'unseen-consumer', title: 'A consumer the provider has never seen', obligations: ['SLOT-11'], needs: [FREE, { kind: 'consumer', phrase: 'an unseen consumer' }] },
  { id: 'slot-status', title: 'Search by status', obligations: ['SLOT-13'], needs: [FREE, { kind: 'oracle', fact: 'hasBusySlots', without: 'weaker' }] },
  { id: 'start-bounds', title: 'Start bounds around a known slot', obligations: ['SLOT-15', 'SLOT-16', 'SLOT-17', 'TIME-03'], needs: [FREE, { kind: 'free-slot' }] },
  { id: 'past-window', title: 'A window entirely in the past', obligations: ['SLOT-18'], needs: [FREE, { kind: 'window', name: 'a window entirely in the past' }, { kind: 'provider-clock' }] },
  { id: 'empty-service', title: 'No slots: a service without slots', obligations: ['SLOT-29'], needs: [service('a service without slots')] },
  { id: 'empty-window', title: 'No slots: the declared empty window', obligations: ['SLOT-29'], needs: [FREE, { kind: 'window', name: 'the declared empty window' }] },
  { id: 'includes', title: '_include behaviour', obligations: ['SLOT-20', 'SLOT-21', 'SLOT-22', 'SLOT-23', 'SLOT-24', 'SLOT-34'], needs: [FREE] },
  { id: 'delivery-channel', title: 'No default delivery channel', obligations: ['SLOT-33'], needs: [service('a service with slots of no recorded channel'), { kind: 'oracle', fact: 'schedulesWithoutDeliveryChannel', without: 'skip' }] },
  { id: 'jwt-refusals', title: 'Token refusals', obligations: ['JWT-05', 'JWT-09', 'JWT-16', 'JWT-22', 'SLOT-36'], needs: [FREE] },
  { id: 'jwt-tolerance', title: 'Token tolerance', obligations: ['JWT-19', 'JWT-21'], needs: [FREE] },
  { id: 'jwt-time', title: 'Token expiry and issue time', obligations: ['JWT-11', 'JWT-12'], needs: [FREE, { kind: 'provider-clock' }] },
  { id: 'ssp-routing', title: 'Direct and SSP routes agree', obligations: ['SSP-06'], needs: [FREE, { kind: 'ssp-route' }] },
  { id: 'booking', title: 'Book an appointment', obligations: ['BOOK-03', 'BOOK-06', 'BOOK-16', 'BOOK-17', 'BOOK-18', 'BOOK-19', 'BOOK-20', 'BOOK-21', 'BOOK-22', 'BOOK-23', 'BOOK-24', 'BOOK-25', 'BOOK-26', 'BOOK-27', 'BOOK-28', 'BOOK-29', 'BOOK-32', 'PROF-12', 'PROF-14', 'TIME-05', 'XTI-05', 'SLOT-09'], needs: [FREE, { kind: 'free-slot' }] },
  { id: 'booking-withheld', title: 'A withheld slot cannot be booked', obligations: ['SLOT-08'], needs: [service('a service with withheld slots'), { kind: 'consumer', phrase: 'the restricted consumer' }] },
  { id: 'read', title: 'Read and version read', obligations: ['READ-02', 'READ-03', 'READ-04', 'READ-05', 'READ-06', 'READ-07'], needs: [FREE, { kind: 'free-slot' }] },
  { id: 'cancel', title: 'Cancel (version-aware update)', obligations: ['CAN-03', 'CAN-04', 'CAN-05', 'CAN-06', 'CAN-07', 'CAN-08', 'CAN-09', 'CAN-11', 'CAN-12'], needs: [FREE, { kind: 'free-slot' }] },
  { id: 'races', title: 'Races (@race: exclude with --tags "not @race" where load is not allowed)', obligations: ['BOOK-17', 'XTI-05', 'CAN-07'], needs: [FREE, { kind: 'free-slot' }] },
];

function skipReasonOf(attempt: () => unknown): string | undefined {
  try {
    attempt();
    return undefined;
  } catch (error) {
    if (error instanceof ScenarioSkipped) return error.reason;
    throw error;
  }
}

/**
 * Why the target file cannot give a scenario this need, in the driver's words; undefined when it
 * can, or when only the target itself can tell (`free-slot`, `provider-clock`).
 */
export function declaredSkipReason(target: ResolvedTarget, need: ScenarioNeed): string | undefined {
  switch (need.kind) {
    case 'service': return skipReasonOf(() => resolveService(target, need.role));
    case 'consumer': return skipReasonOf(() => resolveConsumer(target, need.phrase));
    // Whether a window exists never depends on the time, only on the target's declarations.
    case 'window': return skipReasonOf(() => windowBounds(need.name, 0, target));
    case 'oracle': return target.config.oracle?.[need.fact] === undefined && need.without === 'skip' ? `the target declares no oracle.${need.fact}` : undefined;
    case 'ssp-route': return target.config.sspPrefix === undefined ? 'the target declares no sspPrefix, so there is no SSP route to compare with the direct one' : undefined;
    default: return undefined;
  }
}
