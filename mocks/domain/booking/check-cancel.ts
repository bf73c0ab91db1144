// CAN-06…08, CAN-12, C-37: decides whether a version-aware PUT is an acceptable cancel of the stored
// appointment. The only change a cancel may make is `status` → `cancelled` (`meta` is the server's).
import type { Problem } from '../problem.ts';
import type { StoredAppointmentVersion } from './booking-types.ts';
import { findFirstDifference } from './find-first-difference.ts';
import { findMistypedElement } from './find-mistyped-element.ts';
import { mistypedProblem } from './mistyped-problem.ts';
import { isRecord, type JsonObject } from './fhir-primitives.ts';
import { parseIfMatch } from './parse-if-match.ts';
import { describeJsonValue } from '../describe-json-value.ts';

export interface CancelRequest {
  /** The `[id]` of `PUT [base]/Appointment/[id]`; the caller has looked `current` up by it. */
  readonly urlId: string;
  readonly ifMatch: string | null;
  readonly body: unknown;
  /** The latest stored version. */
  readonly current: StoredAppointmentVersion;
}

export type CancelCheck =
  /** `next` is the resource to store (without new meta); `alreadyCancelled` marks a C-37 re-cancel. */
  | { ok: true; next: JsonObject; alreadyCancelled: boolean }
  | { ok: false; problem: Problem };

function refuse(problem: Problem): CancelCheck {
  return { ok: false, problem };
}

export function checkCancel(input: CancelRequest): CancelCheck {
  const { urlId, ifMatch, body, current } = input;
  // CAN-08: no If-Match, or one that names no version, is a missing precondition.
  if (ifMatch === null || ifMatch.trim() === '') {
    return refuse({ code: 'IF_MATCH_MISSING', diagnostics: 'An If-Match header with the version read is required to cancel (CAN-08)' });
  }
  const vid = parseIfMatch(ifMatch);
  if (vid === undefined) return refuse({ code: 'IF_MATCH_MISSING', diagnostics: `If-Match must name one version, as W/"<versionId>"; got ${ifMatch} (CAN-08)` });
  // CAN-07 / C-09: only the current version may be changed.
  if (vid !== current.versionId) {
    return refuse({ code: 'VERSION_CONFLICT', diagnostics: `If-Match W/"${vid}" does not match the current version W/"${current.versionId}" (CAN-07)` });
  }
  // CAN-09: a body that is not an Appointment is simply invalid.
  if (!isRecord(body) || body.resourceType !== 'Appointment') {
    return refuse({ code: 'BAD_BODY', diagnostics: 'The request body is not an Appointment resource (CAN-09)' });
  }
  // CAN-12 / C-23: the body's id is required and names the resource in the URL.
  if (body.id !== urlId) {
    const got = body.id === undefined ? 'no id' : `id ${describeJsonValue(body.id)}`;
    return refuse({ code: 'ID_MISMATCH', diagnostics: `The body has ${got}; it must equal the URL id ${urlId} (CAN-12)`, expression: ['Appointment.id'] });
  }
  // CAN-06: anything but status (and the server's meta) differing is refused; nothing is stored.
  const changed = findFirstDifference(current.resource, body, 'Appointment', ['meta', 'status']);
  if (changed !== undefined) {
    const diagnostics = `Differences detected: ${changed} differs from version ${current.versionId}; a cancel may change only status (CAN-06)`;
    return refuse({ code: 'CANCEL_DIFFERENCES', diagnostics, expression: [changed] });
  }
  // The cancel interaction is the only update offered: any other target status is not a cancel.
  if (body.status !== 'cancelled') {
    return refuse({ code: 'PROFILE_INVALID', diagnostics: `A cancel must set status to cancelled, got ${describeJsonValue(body.status)} (CAN-01)`, expression: ['Appointment.status'] });
  }
  // Even the elements a cancel may not change (meta) must be well-typed FHIR.
  const mistyped = findMistypedElement(body, 'Appointment', 'Appointment');
  if (mistyped) return refuse(mistypedProblem(mistyped));
  // The stored resource, not the body, is carried forward: the body equals it apart from status.
  return { ok: true, next: { ...current.resource, status: 'cancelled' }, alreadyCancelled: current.status === 'cancelled' };
}
