// XTI-05 / CAN-11 / C-08: a request repeated with the X-Request-ID of one that succeeded must not
// change anything again. Strict: 409 with an OperationOutcome that names X-Request-ID. A target
// declaring `replay` (or `either`) for the interaction (`integrity.createRetryBehaviour` for a
// booking, `integrity.updateRetryBehaviour` for a cancel, `integrity.retryBehaviour` for both) may
// instead answer with the original result: the same appointment and version. A 422 is never
// right: it hides that the first attempt succeeded.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy, RetryBehaviour } from '../targets/conformance-policy.ts';
import { readAppointment } from './expect-booking-created.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { answered, readResource } from '../fhir/read-fhir-json.ts';
import type { AppointmentVersion } from './expect-version-headers.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';

export type RetriedInteraction = 'booking' | 'cancel';

const OBLIGATIONS: Readonly<Record<RetriedInteraction, readonly string[]>> = { booking: ['XTI-05'], cancel: ['CAN-11'] };
const REPLAY_STATUSES: Readonly<Record<RetriedInteraction, readonly number[]>> = { booking: [200, 201], cancel: [200] };

function expectNamesRequestId(exchange: Exchange, obligations: readonly string[]): void {
  const issues = readResource(exchange, 'OperationOutcome', obligations).issue;
  const diagnostics = (Array.isArray(issues) ? issues : []).map((issue: { diagnostics?: unknown }) => String(issue.diagnostics ?? ''));
  if (!diagnostics.some((text) => /x-request-id/i.test(text))) {
    fail(exchange, { code: 'RETRY_NOT_NAMED', obligations, reason: 'the 409 does not say that the X-Request-ID was used before (C-08)', expected: 'issue.diagnostics mentioning X-Request-ID', actual: diagnostics });
  }
}

/**
 * What the original write left, beyond its id and version: the version it was made from (an update
 * only) and the resource it answered with. A provider whose version counter does not move would
 * make a real second write look like a replay; this evidence tells them apart.
 */
export interface RetriedWrite extends AppointmentVersion {
  readonly previousVersionId?: string;
  readonly resource?: Readonly<Record<string, unknown>>;
}

function lastUpdatedOf(resource: Readonly<Record<string, unknown>> | undefined): unknown {
  return (resource?.meta as { lastUpdated?: unknown } | undefined)?.lastUpdated;
}

function expectReplay(exchange: Exchange, original: RetriedWrite, obligations: readonly string[]): void {
  if (original.previousVersionId !== undefined && original.previousVersionId === original.versionId) {
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `the original write left the version at ${original.versionId}, where it was before, so a replay cannot be told from a second write`, { obligations, exchangeId: exchange.id });
  }
  const replayed = readAppointment(exchange, obligations);
  if (replayed.id !== original.id || replayed.versionId !== original.versionId) {
    const duplicate = replayed.id !== original.id;
    fail(exchange, {
      code: duplicate ? 'DUPLICATE_APPOINTMENT' : 'RETRY_CHANGED_VERSION',
      obligations,
      reason: duplicate ? 'a retried X-Request-ID created a second appointment' : 'a retried X-Request-ID made a new version',
      expected: original,
      actual: { id: replayed.id, versionId: replayed.versionId },
    });
  }
  const [before, after] = [lastUpdatedOf(original.resource), lastUpdatedOf(replayed.resource)];
  if (before !== undefined && after !== undefined && before !== after) {
    fail(exchange, { code: 'RETRY_REWROTE', obligations, reason: 'a retried X-Request-ID wrote the appointment again (meta.lastUpdated moved), though the version stayed', expected: before, actual: after });
  }
}

/** C-08: what the target declares for a retry of this interaction. */
export function retryBehaviourFor(kind: RetriedInteraction, policy: ConformancePolicy): RetryBehaviour {
  return kind === 'booking' ? policy.integrity.createRetryBehaviour : policy.integrity.updateRetryBehaviour;
}

function allowedAnswers(kind: RetriedInteraction, policy: ConformancePolicy): string {
  const behaviour = retryBehaviourFor(kind, policy);
  const replay = `${REPLAY_STATUSES[kind].join(' or ')} replaying the original result`;
  return behaviour === 'conflict' ? '409 naming X-Request-ID' : behaviour === 'replay' ? replay : `409 naming X-Request-ID, or ${replay}`;
}

export function expectRetryAnswer(retry: Exchange, original: RetriedWrite, kind: RetriedInteraction, policy: ConformancePolicy, warn: Warn): void {
  const obligations = OBLIGATIONS[kind];
  const { status } = answered(retry).response;
  const behaviour = retryBehaviourFor(kind, policy);
  if (REPLAY_STATUSES[kind].includes(status)) {
    expectReplay(retry, original, obligations);
    if (behaviour !== 'conflict') return;
  } else if (status === 409 && behaviour !== 'replay') {
    expectOperationOutcome(retry, { statuses: [409], obligations }, policy, warn);
    expectNamesRequestId(retry, obligations);
    return;
  }
  fail(retry, {
    code: 'RETRY_ANSWER',
    obligations,
    reason: status === 422 ? 'a retry of a request that succeeded was refused as a new request (422 hides that the first attempt succeeded, C-08)' : `a retry of a request that succeeded was answered ${status}`,
    expected: allowedAnswers(kind, policy),
    actual: status,
  });
}
