// A checked provider document → the ProviderData the mock serves, relative to the mock's clock for
// diaries without fixed dates. Pure: `nowMs` comes from the caller. Mapping rows and release rules
// keep where they came from (`mapping[2]`, `release[0]`), so explain can name them.
import type {
  HealthcareServiceRecord,
  ProviderData,
  ReleaseRule,
  ScheduleRecord,
  SlotRecord,
} from '../domain/types.ts';
import { uuidFromString } from '../domain/uuid-from-string.ts';
import { providerOrganizationId, serviceResourceId } from './check-provider-rules.ts';
import { expandDiary, matchesPattern } from './expand-diary.ts';
import type { ProviderDocument, ReleaseDocument, ScheduleDocument } from './provider-document.ts';
import { listedSlotId, slotId } from './slot-id.ts';

export const DEFAULT_DIARY_SYSTEM = 'https://mock-provider.example.nhs.uk/Id/diary';

function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

function toReleaseRule(rule: ReleaseDocument, index: number): ReleaseRule {
  const odsCodes = rule.to.flatMap((t) => ('odsCode' in t ? [t.odsCode] : []));
  const asids = rule.to.flatMap((t) => ('asid' in t ? [t.asid] : []));
  return { ...(odsCodes.length ? { odsCodes } : {}), ...(asids.length ? { asids } : {}), source: `release[${index}]` };
}

interface ReleaseIndex {
  readonly bySchedule: ReadonlyMap<string, ReleaseRule>;
  readonly patternBySchedule: ReadonlyMap<string, { readonly rule: ReleaseRule; readonly doc: ReleaseDocument }>;
  readonly bySlot: ReadonlyMap<string, ReleaseRule>;
}

function indexReleases(rules: readonly ReleaseDocument[]): ReleaseIndex {
  const bySchedule = new Map<string, ReleaseRule>();
  const patternBySchedule = new Map<string, { rule: ReleaseRule; doc: ReleaseDocument }>();
  const bySlot = new Map<string, ReleaseRule>();
  rules.forEach((doc, i) => {
    const rule = toReleaseRule(doc, i);
    if (doc.slot !== undefined) bySlot.set(doc.slot, rule);
    else if (doc.slots && doc.schedule !== undefined) patternBySchedule.set(doc.schedule, { rule, doc });
    else if (doc.schedule !== undefined) bySchedule.set(doc.schedule, rule);
  });
  return { bySchedule, patternBySchedule, bySlot };
}

function diarySlots(schedule: ScheduleDocument, releases: ReleaseIndex, nowMs: number): SlotRecord[] {
  const diary = schedule.diary;
  if (!diary) return [];
  const prefix = diary.idPrefix ?? schedule.id;
  const channels = diary.channel === undefined ? [] : typeof diary.channel === 'string' ? [diary.channel] : diary.channel;
  const pattern = releases.patternBySchedule.get(schedule.id);
  return expandDiary(diary, nowMs).map(({ ordinal, startMs, endMs }) => {
    const id = slotId(prefix, startMs);
    const channel = channels.length ? channels[ordinal % channels.length] : undefined;
    const release = pattern?.doc.slots && matchesPattern(pattern.doc.slots, ordinal) ? pattern.rule : undefined;
    return {
      id,
      identifier: uuidFromString(id),
      scheduleId: schedule.id,
      start: isoUtc(startMs),
      startMs,
      end: isoUtc(endMs),
      endMs,
      status: diary.busy && matchesPattern(diary.busy, ordinal) ? 'busy' : 'free',
      versionId: 1,
      ...(channel ? { deliveryChannel: channel } : {}),
      ...(release ? { release } : {}),
    };
  });
}

function listedSlots(schedule: ScheduleDocument, releases: ReleaseIndex): SlotRecord[] {
  return (schedule.slots ?? []).map((slot) => {
    const startMs = Date.parse(slot.start);
    const endMs = Date.parse(slot.end);
    const id = listedSlotId(schedule.id, slot);
    const release = releases.bySlot.get(id);
    return {
      id,
      identifier: slot.identifier ?? uuidFromString(id),
      scheduleId: schedule.id,
      start: isoUtc(startMs),
      startMs,
      end: isoUtc(endMs),
      endMs,
      status: slot.status ?? 'free',
      versionId: slot.versionId ?? 1,
      ...(slot.channel ? { deliveryChannel: slot.channel } : {}),
      ...(release ? { release } : {}),
    };
  });
}

function toSchedule(schedule: ScheduleDocument, releases: ReleaseIndex): ScheduleRecord {
  const release = releases.bySchedule.get(schedule.id);
  const actors = schedule.actors ?? {};
  return {
    id: schedule.id,
    name: schedule.name ?? schedule.id,
    identifier: schedule.identifier ?? { system: DEFAULT_DIARY_SYSTEM, value: schedule.id },
    ...(actors.practitioner ? { practitionerId: actors.practitioner } : {}),
    ...(actors.practitionerRole ? { practitionerRoleId: actors.practitionerRole } : {}),
    ...(actors.location ? { locationId: actors.location } : {}),
    ...(release ? { release } : {}),
  };
}

/** `name`: what the mock calls this configuration (the built-in fixtures keep theirs); the provider's name otherwise. */
export function compileProvider(doc: ProviderDocument, nowMs: number, name = doc.provider.name): ProviderData {
  const releases = indexReleases(doc.release ?? []);
  const healthcareServices: HealthcareServiceRecord[] = doc.services.map((s) => ({
    id: serviceResourceId(s),
    dosId: s.id,
    name: s.name,
    ...(s.location ? { locationId: s.location } : {}),
    ...(s.organization ? { organizationId: s.organization } : {}),
  }));
  const providerOrganization = doc.provider.odsCode ? [{ id: providerOrganizationId(doc), odsCode: doc.provider.odsCode, name: doc.provider.name }] : [];
  return {
    name,
    providerAsid: doc.provider.asid,
    healthcareServices,
    schedules: doc.schedules.map((s) => toSchedule(s, releases)),
    mapping: doc.mapping.map((row, i) => ({ dosId: row.service, scheduleId: row.schedule, source: `mapping[${i}]` })),
    slots: doc.schedules.flatMap((s) => [...diarySlots(s, releases, nowMs), ...listedSlots(s, releases)]),
    practitioners: (doc.practitioners ?? []).map((p) => ({ ...p })),
    practitionerRoles: (doc.practitionerRoles ?? []).map(({ practitioner, ...role }) => ({ ...role, practitionerId: practitioner })),
    locations: (doc.locations ?? []).map((l) => ({ ...l })),
    organizations: [...providerOrganization, ...(doc.organizations ?? [])],
    consumers: (doc.consumers ?? []).map((c) => ({ odsCode: c.odsCode, name: c.name ?? c.odsCode, asid: c.asid })),
  };
}
