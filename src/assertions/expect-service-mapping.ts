// Slots come only from the schedules mapped to the searched service (SLOT-07), every Schedule
// names a HealthcareService actor, strictly exactly one and the searched one (SLOT-23, C-13),
// whose identifier is the DoS id (PROF-16, C-14); a service spanning several diaries returns all
// of them at once (SLOT-12), and a shared schedule serves both services of the pair (SLOT-07).
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { fail } from '../verdict/fail.ts';
import { dosIdsOf } from './healthcare-service-dos-id.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import { actorReferencesOf, referenceKey, scheduleReferenceOf, type EntryView, type SearchsetView } from '../fhir/searchset-view.ts';

const LIMIT = 10;

function scheduleOf(view: SearchsetView, slot: EntryView): EntryView {
  const reference = scheduleReferenceOf(slot);
  const schedule = view.resolve(reference);
  if (!schedule) {
    fail(view.exchange, { code: 'UNRESOLVED_REFERENCE', obligations: ['SLOT-22'], reason: `Slot/${String(slot.resource.id)} references ${String(reference)}, which is not in the Bundle although Slot:schedule was requested`, expected: 'the Schedule included', actual: reference ?? null });
  }
  return schedule;
}

function serviceActors(view: SearchsetView, schedule: FhirResource): { reference: string; service?: FhirResource }[] {
  return actorReferencesOf(schedule)
    .filter((reference) => referenceKey(reference)?.startsWith('HealthcareService/'))
    .map((reference) => ({ reference, service: view.resolve(reference)?.resource }));
}

/** The schedule ids the returned Slots come from (from their references, no includes needed). */
export function scheduleIdsOfSlots(view: SearchsetView): string[] {
  return [...new Set(view.slots.map((slot) => referenceKey(scheduleReferenceOf(slot))?.split('/')[1] ?? String(scheduleReferenceOf(slot))))].sort();
}

export function expectSlotsOnlyFromSchedulesOf(view: SearchsetView, dosId: string, mappedSchedules: readonly string[] | undefined, policy: ConformancePolicy): void {
  const wrong: string[] = [];
  for (const slot of view.slots) {
    const schedule = scheduleOf(view, slot).resource;
    const slotName = `Slot/${String(slot.resource.id)} (Schedule/${String(schedule.id)})`;
    if (mappedSchedules && !mappedSchedules.includes(String(schedule.id))) wrong.push(`${slotName}: schedule not mapped to ${dosId}; mapped: ${mappedSchedules.join(', ')}`);
    const actors = serviceActors(view, schedule);
    if (actors.length === 0 && policy.schedule.hcsActor === 'hcsOrLocation') continue;
    const dosIds = actors.flatMap((actor) => (actor.service ? dosIdsOf(actor.service, policy.healthcareService.dosIdLocation) : []));
    if (!dosIds.includes(dosId)) wrong.push(`${slotName}: its schedule serves ${dosIds.length > 0 ? dosIds.join(', ') : 'no included HealthcareService'}`);
  }
  if (wrong.length > 0) {
    fail(view.exchange, { code: 'SLOT_FROM_UNMAPPED_SCHEDULE', obligations: ['SLOT-07'], reason: `${wrong.length} Slots come from schedules not mapped to service ${dosId}`, expected: `only Slots of schedules mapped to ${dosId}`, actual: wrong.slice(0, LIMIT) });
  }
}

/**
 * PROF-16 / C-14: no included HealthcareService carries the searched DoS id where the policy looks
 * for it. An actor that resolves to an included service then fails to match either because it is
 * another service (SLOT-23) or because the searched service is not identified by its DoS id
 * (PROF-16); the Bundle cannot tell which, so a failure names both. When some included service
 * does carry the id, the actor pointing elsewhere is plainly another service.
 */
function noServiceCarriesDosId(view: SearchsetView, dosId: string, policy: ConformancePolicy): boolean {
  return !view.entries.some((entry) => entry.resource.resourceType === 'HealthcareService' && dosIdsOf(entry.resource, policy.healthcareService.dosIdLocation).includes(dosId));
}

export function expectScheduleServiceActors(view: SearchsetView, dosId: string, policy: ConformancePolicy): void {
  const mode = policy.schedule.hcsActor;
  const wrong: string[] = [];
  let unidentifiedService = false;
  for (const schedule of view.entries.filter((entry) => entry.resource.resourceType === 'Schedule')) {
    const actors = serviceActors(view, schedule.resource);
    const hasLocation = actorReferencesOf(schedule.resource).some((ref) => referenceKey(ref)?.startsWith('Location/'));
    if (actors.length === 0 && !(mode === 'hcsOrLocation' && hasLocation)) wrong.push(`${schedule.key} has no HealthcareService actor`);
    if (mode === 'exactlyOneMatchingQuery' && actors.length > 1) wrong.push(`${schedule.key} has ${actors.length} HealthcareService actors`);
    const matches = actors.some((actor) => actor.service !== undefined && dosIdsOf(actor.service, policy.healthcareService.dosIdLocation).includes(dosId));
    if (mode === 'exactlyOneMatchingQuery' && actors.length === 1 && !matches) {
      wrong.push(`${schedule.key}'s HealthcareService actor ${actors[0].reference} is not the searched service ${dosId}`);
      unidentifiedService ||= actors[0].service !== undefined && noServiceCarriesDosId(view, dosId, policy);
    }
  }
  if (wrong.length > 0) {
    const reason = `Schedules do not name the searched HealthcareService as C-13 requires (schedule.hcsActor=${mode})`;
    fail(view.exchange, {
      code: 'SCHEDULE_SERVICE_ACTOR',
      obligations: unidentifiedService ? ['SLOT-23', 'PROF-16', 'C-14'] : ['SLOT-23'],
      reason: unidentifiedService ? `${reason}, or the HealthcareService they name is not identified by DoS id ${dosId} as C-14 requires (healthcareService.dosIdLocation=${policy.healthcareService.dosIdLocation})` : reason,
      expected: mode,
      actual: wrong.slice(0, LIMIT),
    });
  }
}

export function expectServiceIdentifiers(view: SearchsetView, dosId: string, policy: ConformancePolicy): void {
  const services = view.entries.filter((entry) => entry.resource.resourceType === 'HealthcareService');
  const wrong = services.filter((entry) => {
    const identifiers = Array.isArray(entry.resource.identifier) ? entry.resource.identifier : [];
    const strictShape = policy.healthcareService.dosIdLocation !== 'identifier' || identifiers.length === 1;
    return !strictShape || !dosIdsOf(entry.resource, policy.healthcareService.dosIdLocation).includes(dosId);
  });
  if (services.length === 0 || wrong.length > 0) {
    fail(view.exchange, { code: 'SERVICE_IDENTIFIER', obligations: ['PROF-16'], reason: services.length === 0 ? 'no HealthcareService was included' : 'the HealthcareService does not carry the DoS id as its one identifier', expected: `identifier[0].value = ${dosId} (healthcareService.dosIdLocation=${policy.healthcareService.dosIdLocation})`, actual: wrong.map((entry) => ({ key: entry.key, identifier: entry.resource.identifier ?? null })) });
  }
}

/** SLOT-12: Slots of every mapped schedule in one response (or of several, when the mapping is not declared). */
export function expectSlotsFromEverySchedule(view: SearchsetView, mappedSchedules: readonly string[] | undefined): void {
  const seen = scheduleIdsOfSlots(view);
  const missing = mappedSchedules ? mappedSchedules.filter((id) => !seen.includes(id)) : [];
  if (missing.length > 0 || (!mappedSchedules && seen.length < 2)) {
    fail(view.exchange, { code: 'SCHEDULES_MISSING', obligations: ['SLOT-12'], reason: 'the first response does not carry Slots of every diary that serves the service', expected: mappedSchedules ?? 'Slots of at least two schedules', actual: seen });
  }
}

/** SLOT-07: two services of a shared pair both return Slots of at least one common schedule. */
export function expectSharedSchedule(first: SearchsetView, second: SearchsetView): void {
  const common = scheduleIdsOfSlots(first).filter((id) => scheduleIdsOfSlots(second).includes(id));
  if (common.length === 0) {
    fail(second.exchange, { code: 'NO_SHARED_SCHEDULE', obligations: ['SLOT-07'], reason: 'the two services declared to share a schedule return Slots of no common schedule', expected: 'at least one schedule in both results', actual: { first: scheduleIdsOfSlots(first), second: scheduleIdsOfSlots(second) } });
  }
}
