// Does the target hold the data its file declares? One or two slot searches per declaration, where
// that is cheap. A declaration the target plainly contradicts (slots where it promised none) fails:
// the suite would blame the supplier for our file. Anything less certain warns.
import { resolveConsumer } from '../drivers/consumer-roles.ts';
import type { DriverContext } from '../drivers/driver-context.ts';
import { resolveService, type ServiceRole } from '../drivers/service-roles.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { makeCheck, type DoctorCheck, type DoctorCheckId } from './doctor-report.ts';
import { searchTargetSlots, type SlotAnswer } from './search-target-slots.ts';

type DataCheck = (ctx: DriverContext) => Promise<DoctorCheck>;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const notSlots = (answer: Exclude<SlotAnswer, { kind: 'slots' }>) => (answer.kind === 'status' ? `the search answered ${answer.status}` : answer.problem);

/** The service for `role`, or a skipped check carrying the driver's own skip reason. */
function declared(ctx: DriverContext, id: DoctorCheckId, title: string, role: ServiceRole): string | DoctorCheck {
  try {
    return resolveService(ctx.target, role);
  } catch (error) {
    if (error instanceof ScenarioSkipped) return makeCheck(id, title, 'skipped', { detail: error.reason });
    throw error;
  }
}

// SLOT-10 / C-05: the unknown id gets 404 (or 200 with nothing, where the policy allows it).
const unknownService: DataCheck = async (ctx) => {
  const dosId = resolveService(ctx.target, 'an unknown service');
  const title = `services.unknown (${dosId}) is unknown to the provider`;
  const allowed = ctx.target.policy.slotSearch.unknownServiceStatuses;
  const answer = await searchTargetSlots(ctx, { dosId, window: 'the search horizon', status: 'free' });
  const status = answer.kind === 'problem' ? undefined : answer.status;
  if (answer.kind === 'slots' && answer.slotIds.length > 0) {
    return makeCheck('data.unknown-service', title, 'warn', { detail: `the search returned ${count(answer.slotIds.length, 'slot')}`, remedy: 'Either the id is configured (set services.unknown to one the provider does not know) or the provider ignores the service parameter (SLOT-10 will fail).', obligations: ['SLOT-10'] });
  }
  if (status !== undefined && allowed.includes(status)) return makeCheck('data.unknown-service', title, 'ok', { detail: `answered ${status}${status === 200 ? ' with no slots' : ''}`, obligations: ['SLOT-10'] });
  const detail = answer.kind === 'slots' ? 'answered 200 with no slots' : notSlots(answer);
  return makeCheck('data.unknown-service', title, 'warn', { detail: `${detail}; the policy expects ${allowed.join(' or ')}`, remedy: 'SLOT-10 will fail as things stand; if the provider deliberately answers 200 with an empty Bundle, set lenient.slotSearch.unknownServiceStatuses (C-05).', obligations: ['SLOT-10'] });
};

// SLOT-29: "no slots at all" must be true, or the empty-result scenarios accuse the supplier.
function emptyCheck(id: DoctorCheckId, title: string, answer: SlotAnswer, field: string): DoctorCheck {
  if (answer.kind === 'slots' && answer.slotIds.length === 0) return makeCheck(id, title, 'ok', { detail: 'answered 200 with no slots', obligations: ['SLOT-29'] });
  if (answer.kind === 'slots') return makeCheck(id, title, 'fail', { detail: `the search returned ${count(answer.slotIds.length, 'slot')}`, remedy: `Correct ${field}: it must name data with no slots at all.`, obligations: ['SLOT-29'] });
  return makeCheck(id, title, 'warn', { detail: notSlots(answer), remedy: `SLOT-29 expects 200 with an empty Bundle; check ${field} names data the provider knows.`, obligations: ['SLOT-29'] });
}

const withoutSlots: DataCheck = async (ctx) => {
  const title = 'services.withoutSlots has no slots';
  const dosId = declared(ctx, 'data.without-slots', title, 'a service without slots');
  if (typeof dosId !== 'string') return dosId;
  return emptyCheck('data.without-slots', `services.withoutSlots (${dosId}) has no slots`, await searchTargetSlots(ctx, { dosId, window: 'the search horizon' }), 'services.withoutSlots');
};

const emptyWindow: DataCheck = async (ctx) => {
  const title = 'search.emptyWindow holds no slots';
  const window = ctx.target.config.search?.emptyWindow;
  if (!window) return makeCheck('data.empty-window', title, 'skipped', { detail: 'the target declares no search.emptyWindow' });
  const dosId = ctx.target.config.services.withFreeSlots;
  return emptyCheck('data.empty-window', `search.emptyWindow (days ${window.fromDays}–${window.toDays}) holds no slots of ${dosId}`, await searchTargetSlots(ctx, { dosId, window: 'the declared empty window' }), 'search.emptyWindow');
};

// SLOT-12: a service spanning several schedules shows slots of at least two.
const multiSchedule: DataCheck = async (ctx) => {
  const title = 'services.multiSchedule spans several schedules';
  const dosId = declared(ctx, 'data.multi-schedule', title, 'a service spanning several schedules');
  if (typeof dosId !== 'string') return dosId;
  const answer = await searchTargetSlots(ctx, { dosId, window: 'the search horizon' });
  if (answer.kind !== 'slots') return makeCheck('data.multi-schedule', title, 'warn', { detail: notSlots(answer), remedy: 'Check services.multiSchedule is a configured service.', obligations: ['SLOT-12'] });
  const status = answer.scheduleIds.length >= 2 ? 'ok' : 'warn';
  return makeCheck('data.multi-schedule', `${title} (${dosId})`, status, { detail: `slots from ${count(answer.scheduleIds.length, 'schedule')}: ${answer.scheduleIds.join(', ') || 'none'}`, remedy: 'Name a service whose slots in the horizon come from two or more schedules, or SLOT-12 cannot be shown.', obligations: ['SLOT-12'] });
};

// SLOT-07: the two services of the pair share at least one schedule.
const sharedPair: DataCheck = async (ctx) => {
  const title = 'services.sharedSchedulePair shares a schedule';
  const first = declared(ctx, 'data.shared-schedule-pair', title, 'the first service of the shared pair');
  if (typeof first !== 'string') return first;
  const second = resolveService(ctx.target, 'the second service of the shared pair');
  const [a, b] = await Promise.all([first, second].map((dosId) => searchTargetSlots(ctx, { dosId, window: 'the search horizon' })));
  if (a.kind !== 'slots' || b.kind !== 'slots') return makeCheck('data.shared-schedule-pair', title, 'warn', { detail: [a, b].filter((x) => x.kind !== 'slots').map((x) => notSlots(x as Exclude<SlotAnswer, { kind: 'slots' }>)).join('; '), remedy: 'Check both services are configured.', obligations: ['SLOT-07'] });
  const shared = a.scheduleIds.filter((id) => b.scheduleIds.includes(id));
  return makeCheck('data.shared-schedule-pair', `${title} (${first}, ${second})`, shared.length > 0 ? 'ok' : 'warn', { detail: `${first}: ${a.scheduleIds.join(', ') || 'no slots'}; ${second}: ${b.scheduleIds.join(', ') || 'no slots'}`, remedy: 'Name two services whose slots come from a common schedule.', obligations: ['SLOT-07'] });
};

// The oracle's schedule mapping, as the primary consumer sees it (SLOT-07, SLOT-12).
const schedulesByService: DataCheck = async (ctx) => {
  const title = 'oracle.schedulesByService matches the slots returned';
  const oracle = Object.entries(ctx.target.config.oracle?.schedulesByService ?? {});
  if (oracle.length === 0) return makeCheck('data.schedules-by-service', title, 'skipped', { detail: 'the target declares no oracle.schedulesByService' });
  const answers = await Promise.all(oracle.map(([dosId]) => searchTargetSlots(ctx, { dosId, window: 'the search horizon' })));
  const problems = oracle.flatMap(([dosId, schedules], i) => {
    const answer = answers[i];
    if (answer.kind !== 'slots') return [`${dosId}: ${notSlots(answer)}`];
    const extra = answer.scheduleIds.filter((id) => !schedules.includes(id));
    return extra.length > 0 ? [`${dosId}: slots of undeclared ${extra.join(', ')}`] : [];
  });
  if (problems.length > 0) return makeCheck('data.schedules-by-service', title, 'warn', { detail: problems.join('; '), remedy: 'Correct oracle.schedulesByService (or expect SLOT-07 to report these slots).', obligations: ['SLOT-07', 'SLOT-12'] });
  return makeCheck('data.schedules-by-service', title, 'ok', { detail: `${count(oracle.length, 'service')} checked`, obligations: ['SLOT-07', 'SLOT-12'] });
};

// SLOT-08: the restricted consumer really misses some slots the primary one sees.
const withheldSlots: DataCheck = async (ctx) => {
  const title = 'services.withWithheldSlots withholds slots from the restricted consumer';
  const dosId = declared(ctx, 'data.withheld-slots', title, 'a service with withheld slots');
  if (typeof dosId !== 'string') return dosId;
  let restricted;
  try {
    restricted = resolveConsumer(ctx.target, 'the restricted consumer');
  } catch (error) {
    if (error instanceof ScenarioSkipped) return makeCheck('data.withheld-slots', title, 'skipped', { detail: error.reason });
    throw error;
  }
  const [primary, other] = await Promise.all([ctx.consumer, restricted].map((consumer) => searchTargetSlots(ctx, { dosId, window: 'the search horizon', status: 'free', consumer })));
  if (primary.kind !== 'slots' || other.kind !== 'slots') return makeCheck('data.withheld-slots', title, 'warn', { detail: [primary, other].filter((x) => x.kind !== 'slots').map((x) => notSlots(x as Exclude<SlotAnswer, { kind: 'slots' }>)).join('; '), remedy: 'Check both consumers are known to the provider.', obligations: ['SLOT-08'] });
  const withheld = primary.slotIds.filter((id) => !other.slotIds.includes(id)).length;
  return makeCheck('data.withheld-slots', `${title} (${dosId}, ${restricted.odsCode})`, withheld > 0 ? 'ok' : 'warn', { detail: `${ctx.consumer.odsCode} sees ${count(primary.slotIds.length, 'free slot')}, ${restricted.odsCode} misses ${withheld}`, remedy: 'Release some slots of this service to the primary consumer only, or SLOT-08 has nothing to show.', obligations: ['SLOT-08'] });
};

// SLOT-11: a consumer the provider has never seen still gets slots.
const unseenConsumer: DataCheck = async (ctx) => {
  const consumer = resolveConsumer(ctx.target, 'an unseen consumer');
  const dosId = ctx.target.config.services.withFreeSlots;
  const title = `an unseen consumer (${consumer.odsCode}) gets slots of ${dosId}`;
  const answer = await searchTargetSlots(ctx, { dosId, window: 'the search horizon', status: 'free', consumer });
  if (answer.kind === 'slots' && answer.slotIds.length > 0) return makeCheck('data.unseen-consumer', title, 'ok', { detail: count(answer.slotIds.length, 'free slot'), obligations: ['SLOT-11'] });
  return makeCheck('data.unseen-consumer', title, 'warn', { detail: answer.kind === 'slots' ? 'no free slots' : notSlots(answer), remedy: 'SLOT-11 will fail unless the provider releases some slots to consumers it does not know.', obligations: ['SLOT-11'] });
};

export const DECLARED_DATA_CHECKS: readonly DataCheck[] = [unknownService, withoutSlots, emptyWindow, multiSchedule, sharedPair, schedulesByService, withheldSlots, unseenConsumer];

/** One check after another: a live endpoint should not see a burst from a pre-flight check. */
export async function checkDeclaredData(ctx: DriverContext): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  for (const check of DECLARED_DATA_CHECKS) checks.push(await check(ctx));
  return checks;
}
