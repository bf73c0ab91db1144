// BOOK-18/19 and the booking overrides (section 2.13): decides whether a POSTed body is a bookable
// Appointment and normalises it. The mock provider is liberal where the catalogue lets it be and
// records each tolerance instead of refusing (BOOK-03, BOOK-32, C-17, C-20).
import type { Problem } from '../problem.ts';
import type { BookingRequest, Tolerance } from './booking-types.ts';
import { dateTimeStartMs, instantMs, isNonEmptyString, isRecord, type JsonObject } from './fhir-primitives.ts';
import { findMistypedElement } from './find-mistyped-element.ts';
import { mistypedProblem } from './mistyped-problem.ts';
import { profileInvalid } from './profile-invalid.ts';
import { resolveContained } from './resolve-contained.ts';
import { validateContainedDocument } from './validate-contained-document.ts';
import { validateContainedPatient } from './validate-contained-patient.ts';
import { validateContainedSlot } from './validate-contained-slot.ts';
import { describeJsonValue } from '../describe-json-value.ts';
import { PARTICIPATION_STATUSES } from '../../../spec/value-sets.ts';

export type BookingValidation = { ok: true; booking: BookingRequest } | { ok: false; problem: Problem };


/** BOOK-09/10/11: an element holding exactly one reference, to `#<id>` of a contained resource. */
function checkLocalReference(body: JsonObject, element: string, target: string, rule: string): Problem | undefined {
  const list = body[element];
  if (!Array.isArray(list) || list.length !== 1 || !isRecord(list[0])) {
    return profileInvalid(`Appointment.${element}`, `Appointment.${element} must hold exactly one reference (${rule})`);
  }
  if (list[0].reference !== `#${target}`) {
    return profileInvalid(`Appointment.${element}[0].reference`, `Appointment.${element} must reference #${target}, got ${describeJsonValue(list[0].reference)} (${rule})`);
  }
  return undefined;
}

function fail(problem: Problem): BookingValidation {
  return { ok: false, problem };
}

export function validateBookingRequest(body: unknown, nowMs: number): BookingValidation {
  // BOOK-19: not a FHIR resource, or not an Appointment, is a plain 400.
  if (!isRecord(body) || typeof body.resourceType !== 'string') {
    return fail({ code: 'BAD_BODY', diagnostics: 'The request body is not a FHIR resource (BOOK-19)' });
  }
  if (body.resourceType !== 'Appointment') {
    return fail({ code: 'BAD_BODY', diagnostics: `Expected an Appointment, got ${body.resourceType} (BOOK-19)`, expression: ['resourceType'] });
  }
  const tolerated: Tolerance[] = [];
  // BOOK-03 / C-36: a consumer-chosen id is ignored; the store assigns a new one.
  if (body.id !== undefined) tolerated.push({ obligation: 'BOOK-02', expression: 'Appointment.id', message: 'The request carried an id; it is ignored' });
  if (body.status !== 'booked') return fail(profileInvalid('Appointment.status', `Appointment.status must be booked on create, got ${describeJsonValue(body.status)} (BOOK-18)`));
  const startMs = instantMs(body.start);
  if (startMs === undefined) return fail(profileInvalid('Appointment.start', 'Appointment.start must be a FHIR instant with a zone (TIME-01)'));
  const endMs = instantMs(body.end);
  if (endMs === undefined) return fail(profileInvalid('Appointment.end', 'Appointment.end must be a FHIR instant with a zone (TIME-01)'));
  if (endMs <= startMs) return fail(profileInvalid('Appointment.end', 'Appointment.end must be later than Appointment.start (BOOK-07)'));
  const createdMs = dateTimeStartMs(body.created);
  if (createdMs === undefined) return fail(profileInvalid('Appointment.created', 'Appointment.created must be a FHIR dateTime (BOOK-07)'));
  // C-17: the provider may overwrite `created`, so a future value is noted, not refused.
  if (createdMs > nowMs) tolerated.push({ obligation: 'C-17', expression: 'Appointment.created', message: 'Appointment.created is later than now' });
  if (!isNonEmptyString(body.description)) return fail(profileInvalid('Appointment.description', 'Appointment.description must be a non-empty string (BOOK-08)'));
  if (Array.isArray(body.incomingReferral) && body.incomingReferral.length > 1) {
    return fail(profileInvalid('Appointment.incomingReferral', 'Appointment.incomingReferral holds at most one reference (BOOK-12)'));
  }
  const resolved = resolveContained(body.contained);
  if (!resolved.ok) return resolved;
  const at = resolved.index;
  const contained = body.contained as JsonObject[];
  const [doc, patient, slot] = [contained[at.documentReference], contained[at.patient], contained[at.slot]];
  const referenceProblem = checkLocalReference(body, 'slot', String(slot.id), 'BOOK-09')
    ?? checkLocalReference(body, 'supportingInformation', String(doc.id), 'BOOK-10')
    ?? checkParticipant(body, String(patient.id), tolerated);
  if (referenceProblem) return fail(referenceProblem);
  const docChecked = validateContainedDocument(doc, `Appointment.contained[${at.documentReference}]`);
  if (!docChecked.ok) return docChecked;
  const patientChecked = validateContainedPatient(patient, `Appointment.contained[${at.patient}]`, nowMs, tolerated);
  if (!patientChecked.ok) return patientChecked;
  const slotChecked = validateContainedSlot(slot, `Appointment.contained[${at.slot}]`);
  if (!slotChecked.ok) return slotChecked;
  const mistyped = findMistypedElement(body, 'Appointment', 'Appointment');
  if (mistyped) return fail(mistypedProblem(mistyped));
  return {
    ok: true,
    booking: {
      resource: body,
      start: body.start as string,
      startMs,
      end: body.end as string,
      endMs,
      contained: at,
      slot: slotChecked.slot,
      patient: patientChecked.patient,
      cdaDocumentId: docChecked.cdaDocumentId,
      tolerated,
    },
  };
}

/** BOOK-11: one participant, the contained Patient. */
function checkParticipant(body: JsonObject, patientId: string, tolerated: Tolerance[]): Problem | undefined {
  const list = body.participant;
  if (!Array.isArray(list) || list.length !== 1 || !isRecord(list[0])) {
    return profileInvalid('Appointment.participant', 'Appointment.participant must hold exactly one participant, the patient (BOOK-11)');
  }
  const [participant] = list;
  const actor = participant.actor;
  if (!isRecord(actor) || actor.reference !== `#${patientId}`) {
    return profileInvalid('Appointment.participant[0].actor.reference', `Appointment.participant.actor must reference #${patientId} (BOOK-11)`);
  }
  // C-20: STU3 requires participant.status, but NBA's own example omits it; a provider accepts both.
  if (participant.status === undefined) {
    tolerated.push({ obligation: 'C-20', expression: 'Appointment.participant[0].status', message: 'participant.status is missing' });
  } else if (typeof participant.status !== 'string' || !PARTICIPATION_STATUSES.has(participant.status)) {
    return profileInvalid('Appointment.participant[0].status', `participant.status must be a participation status code, got ${describeJsonValue(participant.status)} (BOOK-11)`);
  }
  return undefined;
}
