// The version-aware cancel: accepted with a new version whose status is cancelled (CAN-03), with
// Location, ETag and Last-Modified (CAN-04); refused, by reason, with the statuses of the 2.12.2
// matrix (CAN-06…09, CAN-12); a refused cancel leaves the stored version untouched (CAN-06); and a
// cancel of a cancelled appointment is accepted or refused, but the appointment stays cancelled
// (C-37). The refusal phrases are the `{cancelRefusal}` parameter type's pattern.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { readAppointment, type CreatedAppointment } from './expect-booking-created.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { expectStatus } from './expect-status.ts';
import { expectAppointmentLocation, expectLastModified, expectWeakEtag, type AppointmentVersion } from './expect-version-headers.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { answered, type FhirResource } from '../fhir/read-fhir-json.ts';

/** Version ids are opaque; when both are numbers the new one must be the greater. */
function isLater(next: string, previous: string): boolean {
  const [a, b] = [Number(next), Number(previous)];
  return Number.isFinite(a) && Number.isFinite(b) ? a > b : next !== previous;
}

export function expectCancelAccepted(exchange: Exchange, read: AppointmentVersion, obligations: readonly string[]): CreatedAppointment {
  expectStatus(exchange, [200], obligations);
  const cancelled = readAppointment(exchange, obligations);
  const problems = [
    ...(cancelled.id === read.id ? [] : [`id ${cancelled.id} is not ${read.id}`]),
    ...(cancelled.resource.status === 'cancelled' ? [] : [`status is ${JSON.stringify(cancelled.resource.status)}`]),
    ...(isLater(cancelled.versionId, read.versionId) ? [] : [`meta.versionId ${cancelled.versionId} is not later than the version cancelled (${read.versionId})`]),
  ];
  if (problems.length > 0) {
    fail(exchange, { code: 'NOT_CANCELLED', obligations, reason: `the cancel answer is not the new, cancelled version: ${problems.join('; ')}`, expected: { id: read.id, status: 'cancelled', versionId: `later than ${read.versionId}` }, actual: { id: cancelled.id, status: cancelled.resource.status, versionId: cancelled.versionId } });
  }
  return cancelled;
}

/** CAN-04 (PAT P31): all three headers, each naming the new version. */
export function expectCancelHeaders(exchange: Exchange, cancelled: AppointmentVersion, baseUrl: string, policy: ConformancePolicy, warn: Warn): void {
  expectAppointmentLocation(exchange, cancelled.id, baseUrl, ['CAN-04']);
  expectWeakEtag(exchange, cancelled.versionId, ['CAN-04', 'HTTP-11'], policy, warn);
  expectLastModified(exchange, ['CAN-04'], true, warn);
}

interface CancelRefusalRule {
  readonly obligations: readonly string[];
  readonly statuses: (policy: ConformancePolicy) => readonly number[];
}

export const CANCEL_REFUSALS = {
  'naming a stale version': { obligations: ['CAN-07', 'XTI-07'], statuses: (p) => p.update.mismatchStatuses },
  'missing its If-Match': { obligations: ['CAN-08', 'XTI-07'], statuses: (p) => p.update.missingIfMatchStatuses },
  'changing more than its status': { obligations: ['CAN-06'], statuses: () => [422] },
  'naming another appointment': { obligations: ['CAN-12'], statuses: (p) => p.update.idMismatchStatuses },
  'an invalid body': { obligations: ['CAN-09'], statuses: () => [400] },
  'failing the profile': { obligations: ['CAN-09'], statuses: (p) => p.booking.profileInvalidStatuses },
} as const satisfies Record<string, CancelRefusalRule>;

export type CancelRefusal = keyof typeof CANCEL_REFUSALS;
export const CANCEL_REFUSAL_NAMES = Object.keys(CANCEL_REFUSALS) as readonly CancelRefusal[];

export function expectCancelRefusal(exchange: Exchange, refusal: CancelRefusal, policy: ConformancePolicy, warn: Warn): void {
  const rule: CancelRefusalRule = CANCEL_REFUSALS[refusal];
  expectOperationOutcome(exchange, { statuses: rule.statuses(policy), obligations: rule.obligations }, policy, warn);
}

/** CAN-06: after a refused cancel the appointment is read back as the version it was. */
export function expectStoredUnchanged(exchange: Exchange, read: FhirResource, before: { readonly versionId: string; readonly resource: Readonly<Record<string, unknown>> }): void {
  const now = { versionId: (read.meta as { versionId?: unknown } | undefined)?.versionId, status: read.status, description: read.description };
  const then = { versionId: before.versionId, status: before.resource.status, description: before.resource.description };
  if (now.versionId !== then.versionId || now.status !== then.status || now.description !== then.description) {
    fail(exchange, { code: 'REFUSED_CANCEL_STORED', obligations: ['CAN-06'], reason: 'the refused cancel changed the stored appointment', expected: then, actual: now });
  }
}

/** C-37: cancelling a cancelled appointment (with the current If-Match) is answered 200 or 422. */
export function expectRecancelAnswer(exchange: Exchange, obligations: readonly string[], policy: ConformancePolicy, warn: Warn): void {
  if (answered(exchange).response.status === 200) {
    const again = readAppointment(exchange, obligations);
    if (again.resource.status !== 'cancelled') fail(exchange, { code: 'NOT_CANCELLED', obligations, reason: `a repeated cancel answered status ${JSON.stringify(again.resource.status)}`, expected: 'cancelled', actual: again.resource.status ?? null });
    return;
  }
  expectOperationOutcome(exchange, { statuses: [200, 422], obligations }, policy, warn);
}
