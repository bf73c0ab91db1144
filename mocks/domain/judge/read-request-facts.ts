// The facts of one request that the cross-request rules compare: its integrity ids, the token's
// claims, the appointment it concerns and, for a booking, its intent (which slot for which patient),
// so that a resent booking is recognised even when timestamps in the body were regenerated.
import { parseCompactJwt } from '../auth/parse-compact-jwt.ts';
import type { JsonObject } from '../auth/parse-compact-jwt.ts';
import { isRecord } from '../booking/fhir-primitives.ts';
import { NHS_NUMBER_SYSTEM } from '../../../spec/care-connect.ts';
import type { RequestView } from './to-request-view.ts';

export interface RequestFacts {
  readonly xRequestId: string | null;
  readonly traceId: string | null;
  /**
   * The decoded JWT claims but the token's timing (`iat`, `exp`: the token rules judge it on each
   * request), so requests under one identity have equal claims; undefined when no decodable token was sent.
   */
  readonly claims: JsonObject | undefined;
  /** The Appointment the request reads or updates, or the one a booking created. */
  readonly appointmentId: string | undefined;
  /** A booking's contained Slot identifier value. */
  readonly slotIdentifier: string | undefined;
  /** A booking's patient: the NHS number, else family|given|birthDate. */
  readonly patientKey: string | undefined;
  /** What makes two POST/PUT requests "the same request" (XTI-02). */
  readonly intent: string | undefined;
}

const APPOINTMENT_PATH = /^\/Appointment\/([^/?#]+)(?:\/_history\/[^/?#]+)?$/;
const records = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isRecord) : []);

function claimsOf(authorization: string | null): JsonObject | undefined {
  const token = authorization?.trim().split(/\s+/)[1];
  const parsed = token === undefined ? undefined : parseCompactJwt(token);
  if (!parsed?.ok) return undefined;
  const { iat: _iat, exp: _exp, ...claims } = parsed.claims;
  return claims;
}

function patientKeyOf(patient: JsonObject | undefined): string | undefined {
  if (patient === undefined) return undefined;
  const nhs = records(patient.identifier).find((id) => id.system === NHS_NUMBER_SYSTEM)?.value;
  if (typeof nhs === 'string') return `nhs:${nhs}`;
  const name = records(patient.name)[0];
  return name === undefined ? undefined : `name:${String(name.family)}|${JSON.stringify(name.given)}|${String(patient.birthDate)}`;
}

export function readRequestFacts(view: RequestView): RequestFacts {
  const body = isRecord(view.requestJson) ? view.requestJson : undefined;
  const contained = records(body?.contained);
  const slot = contained.find((r) => r.resourceType === 'Slot');
  const slotIdentifier = records(slot?.identifier)[0]?.value;
  const patientKey = view.interaction === 'appointment-create' ? patientKeyOf(contained.find((r) => r.resourceType === 'Patient')) : undefined;
  const pathId = view.path === undefined ? undefined : APPOINTMENT_PATH.exec(view.path)?.[1];
  const createdId = view.interaction === 'appointment-create' && isRecord(view.responseJson) && view.status >= 200 && view.status < 300
    ? view.responseJson.id : undefined;
  const appointmentId = pathId ?? (typeof createdId === 'string' ? createdId : undefined);
  const intent = view.interaction === 'appointment-create'
    ? `create|${typeof slotIdentifier === 'string' ? slotIdentifier : '?'}|${patientKey ?? view.requestBody ?? ''}`
    : view.interaction === 'appointment-update' ? `update|${view.path}|${String(body?.status)}` : undefined;
  return {
    xRequestId: view.headers.get('x-request-id'),
    traceId: view.headers.get('ssp-traceid') ?? view.headers.get('ssp_traceid'),
    claims: claimsOf(view.headers.get('authorization')),
    appointmentId,
    slotIdentifier: typeof slotIdentifier === 'string' ? slotIdentifier : undefined,
    patientKey,
    intent,
  };
}
