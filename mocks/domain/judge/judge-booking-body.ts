// Consumer judgement of one booking body (POST Appointment): BOOK-02/04/05/07..13/15, the contained
// Patient (BOOK-14 → PROF rules), PROF-01..03 and the times (TIME-01/02). Stricter than the
// provider's validateBookingRequest on purpose: C-20 participant.status is required of consumers,
// BOOK-02 an id is a failure, BOOK-04 language is checked, C-15 order is a configurable rule.
import { instantMs, isNonEmptyString, isRecord } from '../booking/fhir-primitives.ts';
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import { judgeAppointmentReferences } from './judge-appointment-references.ts';
import { judgeContainedDocument } from './judge-contained-document.ts';
import { judgeContainedPatient } from './judge-contained-patient.ts';
import { judgeContainedSlot } from './judge-contained-slot.ts';
import type { ConsumerJudgeContext } from './judge-context.ts';
import { judgeFhirJsonShape } from './judge-fhir-json-shape.ts';
import { judgeStructure } from './judge-structure.ts';
import { judgeTimes } from './judge-times.ts';
import type { TimeValue } from './judge-times.ts';
import { CARE_CONNECT_PROFILE_PREFIX } from '../../../spec/care-connect.ts';
import { LANGUAGES } from '../../../spec/value-sets.ts';

const CONTAINED_ORDER = ['DocumentReference', 'Patient', 'Slot'] as const;
/** C-17: how far `created` may run ahead of the provider's clock (consumer clocks drift a little). */
export const CREATED_SKEW_MS = 5_000;

const hasProfile = (resource: JsonObject, type: string): boolean =>
  isRecord(resource.meta) && Array.isArray(resource.meta.profile) && resource.meta.profile.includes(`${CARE_CONNECT_PROFILE_PREFIX}${type}-1`);

// BOOK-04: the Appointment's own profile, status and (SHOULD) language.
function judgeAppointmentHead(body: JsonObject): Finding {
  const missing: string[] = [];
  if (!hasProfile(body, 'Appointment')) missing.push(`meta.profile ${CARE_CONNECT_PROFILE_PREFIX}Appointment-1`);
  if (body.status !== 'booked') missing.push(`status "booked" (got ${JSON.stringify(body.status)})`);
  if (missing.length > 0) return finding('BOOK-04', 'fail', `Appointment needs ${missing.join('; ')}`, missing);
  return typeof body.language === 'string' && LANGUAGES.has(body.language)
    ? finding('BOOK-04', 'pass', `profile, status booked, language ${body.language}`)
    : finding('BOOK-04', 'warn', `Appointment.language should be "en" or "en-GB" (got ${JSON.stringify(body.language)})`, body.language);
}

// BOOK-05 / C-15: one of each kind with unique ids; the UEC order only when configured.
function judgeContainedSet(contained: readonly JsonObject[], raw: unknown, enforceOrder: boolean): Finding {
  const types = contained.map((r) => String(r.resourceType));
  const counts = CONTAINED_ORDER.map((type) => `${types.filter((t) => t === type).length} ${type}`);
  const ids = contained.map((r) => r.id);
  if (!Array.isArray(raw) || raw.length !== 3 || CONTAINED_ORDER.some((type) => types.filter((t) => t === type).length !== 1)) {
    return finding('BOOK-05', 'fail', `contained must hold exactly one DocumentReference, one Patient and one Slot; found ${counts.join(', ')}${Array.isArray(raw) && raw.length !== 3 ? ` among ${raw.length} resources` : ''}`, types);
  }
  if (!ids.every(isNonEmptyString) || new Set(ids).size !== 3) return finding('BOOK-05', 'fail', `each contained resource needs an id unique within the Appointment; got ${JSON.stringify(ids)}`, ids);
  if (enforceOrder && types.join() !== CONTAINED_ORDER.join()) {
    return finding('BOOK-05', 'fail', `contained is ordered ${types.join(', ')}; booking.enforceContainedOrder asks for ${CONTAINED_ORDER.join(', ')} (C-15)`, types);
  }
  return finding('BOOK-05', 'pass', `one DocumentReference, Patient and Slot (${types.join(', ')})`);
}

// BOOK-07 with C-17 (created no later than now) and C-18 (start equals the slot's, end within it).
function judgeAppointmentTimes(body: JsonObject, slot: JsonObject | undefined, nowMs: number): Finding {
  const missing = (['start', 'end', 'created'] as const).filter((key) => !isNonEmptyString(body[key]));
  if (missing.length > 0) return finding('BOOK-07', 'fail', `Appointment needs ${missing.join(', ')}`, missing);
  const [start, end, created] = [instantMs(body.start), instantMs(body.end), instantMs(body.created) ?? Date.parse(String(body.created))];
  const problems: string[] = [];
  if (start !== undefined && end !== undefined && end <= start) problems.push('end is not after start');
  if (Number.isFinite(created) && created > nowMs + CREATED_SKEW_MS) problems.push(`created ${String(body.created)} is later than the request (C-17)`);
  const [slotStart, slotEnd] = slot ? [instantMs(slot.start), instantMs(slot.end)] : [undefined, undefined];
  if (start !== undefined && slotStart !== undefined && start !== slotStart) problems.push(`start ${String(body.start)} is not the slot's start ${String(slot?.start)} (C-18)`);
  if (end !== undefined && slotEnd !== undefined && end > slotEnd) problems.push(`end ${String(body.end)} is after the slot's end ${String(slot?.end)} (C-18)`);
  return problems.length === 0 ? finding('BOOK-07', 'pass', 'start, end and created set; the appointment matches the slot') : finding('BOOK-07', 'fail', problems.join('; '), problems);
}

// PROF-01 (consumer side): the Appointment's own profile is BOOK-04's; this covers the contained ones.
function judgeContainedProfiles(contained: readonly JsonObject[]): Finding {
  const missing = contained.filter((r) => !hasProfile(r, String(r.resourceType))).map((r) => `${String(r.resourceType)}/${String(r.id)}`);
  return missing.length === 0
    ? finding('PROF-01', 'pass', 'every contained resource declares its CareConnect profile')
    : finding('PROF-01', 'fail', `meta.profile ${CARE_CONNECT_PROFILE_PREFIX}<Type>-1 missing on contained ${missing.join(', ')}`, missing);
}

function bodyTimes(body: JsonObject, slot: JsonObject | undefined, slotPath: string, doc: JsonObject | undefined, docPath: string): TimeValue[] {
  const times: TimeValue[] = [
    { where: 'Appointment.start', value: body.start, type: 'instant' },
    { where: 'Appointment.end', value: body.end, type: 'instant' },
    { where: 'Appointment.created', value: body.created, type: 'dateTime' },
    { where: `${slotPath}.start`, value: slot?.start, type: 'instant' },
    { where: `${slotPath}.end`, value: slot?.end, type: 'instant' },
    { where: `${docPath}.indexed`, value: doc?.indexed, type: 'instant' },
  ];
  // Absent elements are BOOK-07/13/15's concern; TIME-01 judges the form of what was sent.
  return times.filter((t) => t.value !== undefined);
}

export function judgeBookingBody(body: unknown, nowMs: number, ctx: Pick<ConsumerJudgeContext, 'enforceContainedOrder' | 'validateStructure'>): Finding[] {
  if (!isRecord(body) || body.resourceType !== 'Appointment') {
    return [finding('BOOK-01', 'fail', 'the booking body is not a JSON Appointment resource', isRecord(body) ? body.resourceType : typeof body)];
  }
  const contained = Array.isArray(body.contained) ? body.contained.filter(isRecord) : [];
  const at = (type: string): [JsonObject | undefined, string] => {
    const index = contained.findIndex((r) => r.resourceType === type);
    return [contained[index], `Appointment.contained[${index}]`];
  };
  const [[doc, docPath], [patient], [slot, slotPath]] = [at('DocumentReference'), at('Patient'), at('Slot')];
  return [
    // BOOK-02 (MUST NOT): the provider assigns the id.
    body.id === undefined ? finding('BOOK-02', 'pass', 'no id on create') : finding('BOOK-02', 'fail', `Appointment.id ${JSON.stringify(body.id)} was sent; the provider assigns the id`, body.id),
    judgeAppointmentHead(body),
    judgeContainedSet(contained, body.contained, ctx.enforceContainedOrder),
    judgeAppointmentTimes(body, slot, nowMs),
    // BOOK-08
    isNonEmptyString(body.description) ? finding('BOOK-08', 'pass', 'description present') : finding('BOOK-08', 'fail', 'Appointment.description must be a non-empty reason for the appointment'),
    ...judgeAppointmentReferences(body, { doc, patient, slot }),
    ...(doc ? [judgeContainedDocument(doc, docPath)] : []),
    ...(patient ? judgeContainedPatient(patient, nowMs) : []),
    ...(slot ? [judgeContainedSlot(slot, slotPath)] : []),
    judgeContainedProfiles(contained),
    judgeFhirJsonShape(body, 'Appointment'),
    ...judgeStructure(ctx.validateStructure, 'AppointmentCreateRequest', body),
    ...judgeTimes(bodyTimes(body, slot, slotPath, doc, docPath)),
  ];
}
