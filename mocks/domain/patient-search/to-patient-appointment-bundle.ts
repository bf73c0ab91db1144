// REG-02 / REG-03 / REG-05: the searchset Bundle of a patient appointment search: every match in
// one page (no `next` link), each entry's fullUrl version-specific, and the patient's participant
// naming the NHS number as an identifier beside the reference to the contained Patient (the NBA
// sample's form), so the entry says whose appointment it is without resolving anything.
import type { StoredAppointmentVersion } from '../booking/booking-types.ts';
import { isRecord, type JsonObject } from '../booking/fhir-primitives.ts';
import { NATIONAL_PATIENT_BASE, NHS_NUMBER_SYSTEM, PATIENT_CRITERION_NAMES, type PatientAppointmentQuery } from './parse-patient-appointment-query.ts';

export interface PatientAppointmentBundleOptions {
  readonly baseUrl: string;
  readonly bundleId: string;
  readonly nowIso: string;
}

function isPatientActor(actor: unknown, patientIds: ReadonlySet<string>): boolean {
  return isRecord(actor) && typeof actor.reference === 'string' && patientIds.has(actor.reference);
}

/** The stored Appointment with the NHS number on the participant that references its Patient. */
export function withPatientIdentifier(resource: JsonObject, nhsNumber: string): JsonObject {
  const contained = Array.isArray(resource.contained) ? resource.contained : [];
  const patientIds = new Set(contained.filter((r) => isRecord(r) && r.resourceType === 'Patient').map((r) => `#${(r as JsonObject).id}`));
  const participant = (Array.isArray(resource.participant) ? resource.participant : []).map((p) => {
    if (!isRecord(p) || !isPatientActor(p.actor, patientIds)) return p;
    return { ...p, actor: { ...(p.actor as JsonObject), identifier: { use: 'official', system: NHS_NUMBER_SYSTEM, value: nhsNumber } } };
  });
  return { ...resource, participant };
}

export function toPatientAppointmentBundle(
  matches: readonly StoredAppointmentVersion[],
  query: PatientAppointmentQuery,
  options: PatientAppointmentBundleOptions,
): JsonObject {
  const base = options.baseUrl.replace(/\/$/, '');
  const criterion = `${encodeURIComponent(PATIENT_CRITERION_NAMES[query.form])}=${encodeURIComponent(`${NHS_NUMBER_SYSTEM}|${query.nhsNumber}`)}`;
  const self = query.form === 'reference'
    ? `${base}/Appointment?Patient=${encodeURIComponent(`${NATIONAL_PATIENT_BASE}${query.nhsNumber}`)}`
    : `${base}/Appointment?${criterion}`;
  const entry = matches.map((version) => ({
    // REG-05: `[base]/Appointment/[id]/_history/[vid]`.
    fullUrl: `${base}/Appointment/${version.id}/_history/${version.versionId}`,
    resource: withPatientIdentifier(version.resource, query.nhsNumber),
    search: { mode: 'match' },
  }));
  return {
    resourceType: 'Bundle',
    id: options.bundleId,
    meta: { lastUpdated: options.nowIso },
    type: 'searchset',
    total: entry.length,
    link: [{ relation: 'self', url: self }],
    // Absent rather than empty (PROF-03).
    ...(entry.length > 0 ? { entry } : {}),
  };
}
