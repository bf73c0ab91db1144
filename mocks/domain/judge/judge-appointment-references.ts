// BOOK-09..12: the Appointment's references into its contained resources (`#<id>`), the single
// participant with its status (C-20: consumers MUST send it), and the optional incomingReferral.
import { isRecord } from '../booking/fhir-primitives.ts';
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding, ObligationId } from './finding.ts';
import { PARTICIPATION_STATUSES } from '../../../spec/value-sets.ts';


export interface ContainedTargets {
  readonly doc: JsonObject | undefined;
  readonly patient: JsonObject | undefined;
  readonly slot: JsonObject | undefined;
}

/** Exactly one reference in `element`, to `#<id>` of the given contained resource. */
function judgeLocalReference(body: JsonObject, element: 'slot' | 'supportingInformation', target: JsonObject | undefined, obligation: ObligationId, type: string): Finding {
  const list = body[element];
  if (!Array.isArray(list) || list.length !== 1 || !isRecord(list[0])) {
    return finding(obligation, 'fail', `Appointment.${element} must hold exactly one reference, to the contained ${type}`, list);
  }
  const reference = list[0].reference;
  if (target === undefined || reference !== `#${String(target.id)}`) {
    const expected = target === undefined ? `a contained ${type} (there is none)` : `#${String(target.id)}`;
    return finding(obligation, 'fail', `Appointment.${element}[0].reference is ${JSON.stringify(reference)}; expected ${expected}`, reference);
  }
  return finding(obligation, 'pass', `Appointment.${element} references ${reference}`);
}

// BOOK-11 with C-20: one participant, the contained Patient, with a participation status.
function judgeParticipant(body: JsonObject, patient: JsonObject | undefined): Finding {
  const list = body.participant;
  if (!Array.isArray(list) || list.length !== 1 || !isRecord(list[0])) {
    return finding('BOOK-11', 'fail', 'Appointment.participant must hold exactly one participant, the patient', list);
  }
  const [participant] = list;
  const reference = isRecord(participant.actor) ? participant.actor.reference : undefined;
  const problems: string[] = [];
  if (patient === undefined || reference !== `#${String(patient.id)}`) problems.push(`actor.reference is ${JSON.stringify(reference)}; expected the contained Patient${patient ? ` #${String(patient.id)}` : ''}`);
  if (participant.status === undefined) problems.push('status is missing (STU3 requires it; send "accepted": C-20)');
  else if (typeof participant.status !== 'string' || !PARTICIPATION_STATUSES.has(participant.status)) problems.push(`status ${JSON.stringify(participant.status)} is not a participation status`);
  return problems.length === 0
    ? finding('BOOK-11', 'pass', `one participant, ${String(reference)}, status ${String(participant.status)}`)
    : finding('BOOK-11', 'fail', `Appointment.participant[0]: ${problems.join('; ')}`, participant);
}

// BOOK-12 (MAY): incomingReferral 0..1.
function judgeIncomingReferral(body: JsonObject): Finding {
  const list = body.incomingReferral;
  if (list === undefined) return finding('BOOK-12', 'pass', 'no incomingReferral (optional)');
  return Array.isArray(list) && list.length <= 1
    ? finding('BOOK-12', 'pass', 'one incomingReferral')
    : finding('BOOK-12', 'fail', `incomingReferral holds at most one reference; got ${Array.isArray(list) ? list.length : typeof list}`, list);
}

export function judgeAppointmentReferences(body: JsonObject, targets: ContainedTargets): Finding[] {
  return [
    judgeLocalReference(body, 'slot', targets.slot, 'BOOK-09', 'Slot'),
    judgeLocalReference(body, 'supportingInformation', targets.doc, 'BOOK-10', 'DocumentReference'),
    judgeParticipant(body, targets.patient),
    judgeIncomingReferral(body),
  ];
}
