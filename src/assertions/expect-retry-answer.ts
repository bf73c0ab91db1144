// XTI-05 / CAN-11 / C-08: a request repeated with the X-Request-ID of one that succeeded must not
// change anything again. Strict: 409 with an OperationOutcome that names X-Request-ID. A target
// declaring `integrity.retryBehaviour` `replay` (or `either`) may instead answer with the original
// result: the same appointment and version. A 422 is never right: it hides that the first attempt
// succeeded.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { readAppointment } from './expect-booking-created.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { answered, readResource } from '../fhir/read-fhir-json.ts';
import type { AppointmentVersion } from './expect-version-headers.ts';

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

function expectReplay(exchange: Exchange, original: AppointmentVersion, obligations: readonly string[]): void {
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
}

function allowedAnswers(kind: RetriedInteraction, policy: ConformancePolicy): string {
  const behaviour = policy.integrity.retryBehaviour;
  const replay = `${REPLAY_STATUSES[kind].join(' or ')} replaying the original result`;
  return behaviour === 'conflict' ? '409 naming X-Request-ID' : behaviour === 'replay' ? replay : `409 naming X-Request-ID, or ${replay}`;
}

export function expectRetryAnswer(retry: Exchange, original: AppointmentVersion, kind: RetriedInteraction, policy: ConformancePolicy, warn: Warn): void {
  const obligations = OBLIGATIONS[kind];
  const { status } = answered(retry).response;
  const behaviour = policy.integrity.retryBehaviour;
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
