// The target description of the embedded mock loaded with a provider file, derived from the file's
// own data at the mock's "now" — the way a supplier would describe that provider: which service has
// free slots, which services share a schedule, which consumer sees slots another does not (SLOT-08),
// which schedules record no delivery channel. A fact the data does not support is left undeclared,
// so its scenarios are skipped with the reason rather than failed.
import { findReleaseWithholding } from '../../mocks/domain/slot-search/find-release-withholding.ts';
import type { ConsumerRecord, ProviderData, SlotRecord } from '../../mocks/domain/types.ts';
import type { ProviderConfig } from '../../mocks/domain/provider-config.ts';
import type { ConsumerIdentity, HeldResourceType, TargetConfig, TargetServices } from './target-config.ts';

const DAY_MS = 86_400_000;
export const PROVIDER_TARGET_HORIZON_DAYS = 7;
/** Speaks for the suite when the file names no consumer (then nothing is withheld from anyone). */
const STAND_IN_CONSUMER: ConsumerRecord = { odsCode: 'Y9A1A', name: 'Assurance test consumer', asid: '999000000001' };

interface Facts {
  readonly data: ProviderData;
  readonly inHorizon: readonly SlotRecord[];
  readonly schedulesOf: (dosId: string) => readonly string[];
}

function visible(facts: Facts, consumer: ConsumerRecord, slots: readonly SlotRecord[]): SlotRecord[] {
  const schedules = new Map(facts.data.schedules.map((s) => [s.id, s]));
  return slots.filter((slot) => findReleaseWithholding(schedules.get(slot.scheduleId), slot, consumer) === undefined);
}

function slotsOfService(facts: Facts, dosId: string): SlotRecord[] {
  const schedules = new Set(facts.schedulesOf(dosId));
  return facts.inHorizon.filter((slot) => schedules.has(slot.scheduleId));
}

const free = (slots: readonly SlotRecord[]): SlotRecord[] => slots.filter((s) => s.status === 'free');

function bestBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}

/** A service whose every mapped schedule has free slots the consumer sees: its mapping can be declared whole. */
function fullyVisibleMapping(facts: Facts, consumer: ConsumerRecord, dosId: string): readonly string[] | undefined {
  const seen = new Set(free(visible(facts, consumer, slotsOfService(facts, dosId))).map((s) => s.scheduleId));
  const mapped = facts.schedulesOf(dosId);
  return mapped.length > 0 && mapped.every((id) => seen.has(id)) ? mapped : undefined;
}

/**
 * SLOT-20 / SLOT-21: the include targets the free slots of the searched service reach — their
 * schedules' actors and the service's own location and organisation — and only those.
 */
function heldInResults(data: ProviderData, dosId: string, slots: readonly SlotRecord[]): HeldResourceType[] {
  const scheduleIds = new Set(slots.map((s) => s.scheduleId));
  const schedules = data.schedules.filter((s) => scheduleIds.has(s.id));
  const service = data.healthcareServices.find((s) => s.dosId === dosId);
  const held: HeldResourceType[] = [];
  if (schedules.some((s) => s.practitionerId !== undefined)) held.push('Practitioner');
  if (schedules.some((s) => s.practitionerRoleId !== undefined)) held.push('PractitionerRole');
  if (schedules.some((s) => s.locationId !== undefined) || service?.locationId !== undefined) held.push('Location');
  if (service?.organizationId !== undefined) held.push('Organization');
  return held;
}

function identity(role: ConsumerIdentity['role'], consumer: ConsumerRecord): ConsumerIdentity {
  return { role, odsCode: consumer.odsCode, name: consumer.name, asid: consumer.asid };
}

export function describeProviderTarget(
  data: ProviderData,
  nowMs: number,
  baseUrl: string,
  config: Pick<ProviderConfig, 'appointmentAccess'> = { appointmentAccess: 'owner' },
): TargetConfig {
  const byService = new Map<string, string[]>();
  for (const row of data.mapping) byService.set(row.dosId, [...(byService.get(row.dosId) ?? []), row.scheduleId]);
  const horizonEnd = nowMs + PROVIDER_TARGET_HORIZON_DAYS * DAY_MS;
  const facts: Facts = { data, inHorizon: data.slots.filter((s) => s.startMs > nowMs && s.startMs <= horizonEnd), schedulesOf: (dosId) => byService.get(dosId) ?? [] };
  const dosIds = data.healthcareServices.map((s) => s.dosId);
  const consumers = data.consumers.length > 0 ? data.consumers : [STAND_IN_CONSUMER];
  const freeSeenBy = (consumer: ConsumerRecord, dosId: string) => free(visible(facts, consumer, slotsOfService(facts, dosId))).length;
  const primary = bestBy(consumers, (c) => dosIds.reduce((n, id) => n + freeSeenBy(c, id), 0)) ?? consumers[0];
  const withFreeSlots = bestBy(dosIds, (id) => freeSeenBy(primary, id)) ?? dosIds[0];
  // The restricted consumer misses free slots the primary sees, on some service.
  const withheld = (consumer: ConsumerRecord, dosId: string) => freeSeenBy(primary, dosId) - freeSeenBy(consumer, dosId);
  const restricted = bestBy(consumers.filter((c) => c !== primary), (c) => dosIds.reduce((n, id) => n + Math.max(0, withheld(c, id)), 0));
  const withWithheldSlots = restricted ? dosIds.find((id) => withheld(restricted, id) > 0) : undefined;
  const withoutSlots = dosIds.find((id) => data.slots.every((s) => !facts.schedulesOf(id).includes(s.scheduleId)));
  const declared = new Map(dosIds.flatMap((id) => {
    const mapped = fullyVisibleMapping(facts, primary, id);
    return mapped ? [[id, mapped] as const] : [];
  }));
  const multiSchedule = [...declared].find(([, schedules]) => schedules.length > 1)?.[0];
  const sharedSchedulePair = (() => {
    for (const a of declared.keys()) for (const b of declared.keys()) {
      if (a < b && declared.get(a)?.some((s) => declared.get(b)?.includes(s))) return [a, b] as const;
    }
    return undefined;
  })();
  const inHorizonBySchedule = Map.groupBy(facts.inHorizon, (s) => s.scheduleId);
  const withoutChannel = data.schedules.filter((s) => (inHorizonBySchedule.get(s.id) ?? []).length > 0 && (inHorizonBySchedule.get(s.id) ?? []).every((slot) => slot.deliveryChannel === undefined)).map((s) => s.id);
  const withUnrecordedChannel = [...declared].find(([, schedules]) => schedules.some((s) => withoutChannel.includes(s)))?.[0];
  // A loop, not a spread: a provider file may hold a million slots.
  const lastStart = data.slots.reduce((latest, s) => Math.max(latest, s.startMs), nowMs);
  const emptyFrom = Math.ceil((lastStart - nowMs) / DAY_MS) + 1;
  const services: TargetServices = {
    withFreeSlots,
    ...(withoutSlots ? { withoutSlots } : {}),
    ...(sharedSchedulePair ? { sharedSchedulePair } : {}),
    ...(multiSchedule ? { multiSchedule } : {}),
    ...(withWithheldSlots ? { withWithheldSlots } : {}),
    ...(withUnrecordedChannel ? { withUnrecordedChannel } : {}),
  };
  const freeForPrimary = freeSeenBy(primary, withFreeSlots);
  // Declared held only where every service the include scenarios may search reaches it.
  const heldBy = (dosId: string) => heldInResults(data, dosId, free(visible(facts, primary, slotsOfService(facts, dosId))));
  const holds = [withFreeSlots, ...(multiSchedule ? [multiSchedule] : [])].map(heldBy).reduce((a, b) => a.filter((type) => b.includes(type)));
  const origin = new URL(baseUrl).origin;
  return {
    name: `Embedded mock provider (${data.name})`,
    baseUrl,
    sspPrefix: origin,
    providerAsid: data.providerAsid,
    consumerAsid: primary.asid,
    services,
    consumers: [identity('primary', primary), ...(restricted && withWithheldSlots ? [identity('restricted', restricted)] : [])],
    oracle: {
      schedulesByService: Object.fromEntries(declared),
      ...(withUnrecordedChannel ? { schedulesWithoutDeliveryChannel: withoutChannel } : {}),
      hasBusySlots: visible(facts, primary, slotsOfService(facts, withFreeSlots)).some((s) => s.status === 'busy'),
      ...(config.appointmentAccess === 'owner' ? { appointmentsOwnerOnly: true } : {}),
      holds,
    },
    search: { horizonDays: PROVIDER_TARGET_HORIZON_DAYS, emptyWindow: { fromDays: emptyFrom, toDays: emptyFrom + 1 } },
    booking: { slotsToProve: Math.max(1, Math.min(24, freeForPrimary - 2)), idSampleSize: Math.max(1, Math.min(40, Math.floor(freeForPrimary / 4))), raceConcurrency: 50 },
    timeouts: { requestMs: 5_000 },
    admin: { origin },
    // The chaos endpoint answers the next request of an interaction with 500 + OperationOutcome.
    serverFailure: { via: 'mock-chaos', origin },
  };
}
