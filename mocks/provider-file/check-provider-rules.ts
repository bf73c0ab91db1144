// The rules of a provider file that its JSON Schema cannot say: every reference names something
// the file defines, ids are unique, diaries are possible (a real zone, `to` after `from`), the slots
// of one schedule never overlap, and every release rule names a consumer the file knows (SLOT-08).
// Pure: the document in, every problem out (with its path), so nothing is half-loaded.
import { mergeProviderConfig } from '../domain/merge-provider-config.ts';
import { strictProviderConfig } from '../domain/provider-config.ts';
import type { DocumentPath } from './field-path.ts';
import { listedSlotId } from './slot-id.ts';
import { isTimeZone } from './zoned-time.ts';
import type { ProviderDocument, ReleaseDocument, ScheduleDocument } from './provider-document.ts';

export interface RuleProblem {
  readonly path: DocumentPath;
  readonly message: string;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: string, field: string): RuleProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const value = key(item);
    if (seen.has(value)) return [{ path: [path, i, field], message: `${JSON.stringify(value)} is defined twice` }];
    seen.add(value);
    return [];
  });
}

function reference(known: ReadonlySet<string>, value: string | undefined, path: DocumentPath, what: string): RuleProblem[] {
  return value === undefined || known.has(value) ? [] : [{ path, message: `names no ${what} of this file (${value})` }];
}

function diaryProblems(schedule: ScheduleDocument, i: number): RuleProblem[] {
  const diary = schedule.diary;
  if (!diary) return [];
  const at = (field: string): DocumentPath => ['schedules', i, 'diary', field];
  const problems: RuleProblem[] = [];
  if (schedule.slots) problems.push({ path: ['schedules', i, 'slots'], message: 'a schedule has a diary or listed slots, not both' });
  if (diary.zone !== undefined && !isTimeZone(diary.zone)) problems.push({ path: at('zone'), message: `is not an IANA time zone (${diary.zone})` });
  const from = minutesOf(diary.from);
  const to = minutesOf(diary.to);
  if (to <= from) problems.push({ path: at('to'), message: `must be after from (${diary.from}), got ${diary.to}` });
  else if (to - from < diary.minutes) problems.push({ path: at('minutes'), message: `no ${diary.minutes}-minute slot fits between ${diary.from} and ${diary.to}` });
  if (diary.dates && diary.horizonDays !== undefined) problems.push({ path: at('horizonDays'), message: 'a diary has fixed dates or a horizon from the clock, not both' });
  if (diary.dates && (Number.isNaN(Date.parse(diary.dates.from)) || Number.isNaN(Date.parse(diary.dates.to)))) {
    problems.push({ path: at('dates'), message: 'from and to must be calendar dates' });
  } else if (diary.dates && diary.dates.to < diary.dates.from) {
    problems.push({ path: [...at('dates'), 'to'], message: `must not precede from (${diary.dates.from})` });
  }
  return problems;
}

function slotProblems(schedule: ScheduleDocument, i: number): RuleProblem[] {
  const slots = (schedule.slots ?? []).map((slot, j) => ({ j, startMs: Date.parse(slot.start), endMs: Date.parse(slot.end) }));
  const problems: RuleProblem[] = [];
  for (const s of slots) {
    if (Number.isNaN(s.startMs)) problems.push({ path: ['schedules', i, 'slots', s.j, 'start'], message: 'is not a valid instant' });
    else if (Number.isNaN(s.endMs)) problems.push({ path: ['schedules', i, 'slots', s.j, 'end'], message: 'is not a valid instant' });
    else if (s.endMs <= s.startMs) problems.push({ path: ['schedules', i, 'slots', s.j, 'end'], message: 'must be after start' });
  }
  if (schedule.allowOverlaps === true) return problems;
  const sorted = slots.filter((s) => s.endMs > s.startMs).sort((a, b) => a.startMs - b.startMs);
  for (let k = 1; k < sorted.length; k++) {
    const [before, after] = [sorted[k - 1], sorted[k]];
    if (after.startMs < before.endMs) {
      problems.push({ path: ['schedules', i, 'slots', after.j, 'start'], message: `overlaps slot ${before.j} of the same schedule (${schedule.slots?.[before.j].start} to ${schedule.slots?.[before.j].end}); set allowOverlaps: true on the schedule if that is intended` });
    }
  }
  return problems;
}

function releaseProblems(doc: ProviderDocument, rule: ReleaseDocument, i: number, slotIds: ReadonlySet<string>): RuleProblem[] {
  const at: DocumentPath = ['release', i];
  const problems: RuleProblem[] = [];
  if ((rule.schedule === undefined) === (rule.slot === undefined)) problems.push({ path: at, message: 'names either a schedule or a slot' });
  const schedule = doc.schedules.find((s) => s.id === rule.schedule);
  if (rule.schedule !== undefined && !schedule) problems.push({ path: [...at, 'schedule'], message: `names no schedule of this file (${rule.schedule})` });
  if (rule.slots && schedule && !schedule.diary) problems.push({ path: [...at, 'slots'], message: `a slot pattern needs a diary; schedule ${schedule.id} lists its slots (name one with slot:)` });
  if (rule.slots && rule.slot !== undefined) problems.push({ path: [...at, 'slots'], message: 'a slot pattern goes with schedule:, not slot:' });
  if (rule.slot !== undefined && !slotIds.has(rule.slot)) problems.push({ path: [...at, 'slot'], message: `names no listed slot of this file (${rule.slot})` });
  const consumers = doc.consumers ?? [];
  rule.to.forEach((target, j) => {
    const known = 'odsCode' in target ? consumers.some((c) => c.odsCode === target.odsCode) : consumers.some((c) => c.asid === target.asid);
    const named = 'odsCode' in target ? `ODS code ${target.odsCode}` : `ASID ${target.asid}`;
    if (!known) problems.push({ path: [...at, 'to', j], message: `names no known consumer (${named} is not in consumers)` });
  });
  return problems;
}

/** At most one rule per schedule, per slot pattern of a schedule and per slot, so no slot has two. */
function clashingReleases(rules: readonly ReleaseDocument[]): RuleProblem[] {
  const seen = new Map<string, number>();
  return rules.flatMap((rule, i) => {
    const key = rule.slot !== undefined ? `slot ${rule.slot}` : rule.slots ? `the slot pattern of schedule ${rule.schedule}` : `schedule ${rule.schedule}`;
    const first = seen.get(key);
    if (first !== undefined) return [{ path: ['release', i], message: `${key} already has release rule release[${first}]; merge them` }];
    seen.set(key, i);
    return [];
  });
}

export function checkProviderRules(doc: ProviderDocument): RuleProblem[] {
  const ids = (items: readonly { readonly id: string }[] | undefined) => new Set((items ?? []).map((x) => x.id));
  const services = new Set(doc.services.map((s) => s.id));
  const schedules = ids(doc.schedules);
  const practitioners = ids(doc.practitioners);
  const roles = ids(doc.practitionerRoles);
  const locations = ids(doc.locations);
  const organizations = new Set([...ids(doc.organizations), ...(doc.provider.odsCode ? [providerOrganizationId(doc)] : [])]);
  const listed = doc.schedules.flatMap((s, i) => (s.slots ?? []).map((slot, j) => ({ i, j, id: Number.isNaN(Date.parse(slot.start)) ? slot.id : listedSlotId(s.id, slot) })));
  const problems: RuleProblem[] = [
    ...duplicates(doc.services, (s) => s.id, 'services', 'id'),
    ...duplicates(doc.services, (s) => serviceResourceId(s), 'services', 'resourceId'),
    ...duplicates(doc.schedules, (s) => s.id, 'schedules', 'id'),
    ...duplicates(doc.consumers ?? [], (c) => c.odsCode, 'consumers', 'odsCode'),
    ...duplicates(doc.practitioners ?? [], (p) => p.id, 'practitioners', 'id'),
    ...duplicates(doc.practitionerRoles ?? [], (p) => p.id, 'practitionerRoles', 'id'),
    ...duplicates(doc.locations ?? [], (l) => l.id, 'locations', 'id'),
    ...duplicates(doc.organizations ?? [], (o) => o.id, 'organizations', 'id'),
    ...duplicates(doc.mapping, (m) => `${m.service} → ${m.schedule}`, 'mapping', 'schedule'),
  ];
  doc.services.forEach((s, i) => {
    problems.push(...reference(locations, s.location, ['services', i, 'location'], 'location'));
    problems.push(...reference(organizations, s.organization, ['services', i, 'organization'], 'organization'));
  });
  doc.mapping.forEach((row, i) => {
    problems.push(...reference(services, row.service, ['mapping', i, 'service'], 'service'));
    problems.push(...reference(schedules, row.schedule, ['mapping', i, 'schedule'], 'schedule'));
  });
  doc.schedules.forEach((schedule, i) => {
    problems.push(...reference(practitioners, schedule.actors?.practitioner, ['schedules', i, 'actors', 'practitioner'], 'practitioner'));
    problems.push(...reference(roles, schedule.actors?.practitionerRole, ['schedules', i, 'actors', 'practitionerRole'], 'practitioner role'));
    problems.push(...reference(locations, schedule.actors?.location, ['schedules', i, 'actors', 'location'], 'location'));
    problems.push(...diaryProblems(schedule, i), ...slotProblems(schedule, i));
  });
  const slotIds = new Set<string>();
  for (const { i, j, id } of listed) {
    if (id !== undefined && slotIds.has(id)) problems.push({ path: ['schedules', i, 'slots', j, 'id'], message: `${JSON.stringify(id)} is defined twice` });
    if (id !== undefined) slotIds.add(id);
  }
  (doc.practitionerRoles ?? []).forEach((role, i) => problems.push(...reference(practitioners, role.practitioner, ['practitionerRoles', i, 'practitioner'], 'practitioner')));
  (doc.release ?? []).forEach((rule, i) => problems.push(...releaseProblems(doc, rule, i, slotIds)));
  problems.push(...clashingReleases(doc.release ?? []));
  if (doc.switches) {
    const merged = mergeProviderConfig(strictProviderConfig, doc.switches as Record<string, unknown>);
    if (!merged.ok) problems.push({ path: ['switches', ...(merged.problem.expression ?? [])], message: merged.problem.diagnostics });
  }
  return problems;
}

export function providerOrganizationId(doc: ProviderDocument): string {
  return doc.provider.organizationId ?? `org-${(doc.provider.odsCode ?? 'provider').toLowerCase()}`;
}

export function serviceResourceId(service: { readonly id: string; readonly resourceId?: string }): string {
  return service.resourceId ?? `hs-${service.id}`;
}
