// JWT-13: the provider's clock against ours, read from the `Date` header of the metadata answer.
// Time-boundary tests (JWT-11, JWT-12, SLOT-18) time their tokens by the provider's clock
// (pin-provider-clock), which only works to the second; a larger offset, or no Date header at
// all, may leave them inconclusive. A mock with an admin surface has its clock pinned instead.
import type { AnsweredExchange } from '../client/exchange.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';
import { describeSkew, estimateClockSkew, SKEW_LIMIT_MS, type ClockSkewEstimate } from './estimate-clock-skew.ts';

export const TIME_BOUNDARY_OBLIGATIONS: readonly string[] = ['JWT-11', 'JWT-12', 'SLOT-18'];

const TITLE = 'Clock offset from the provider\'s Date header';
const OBLIGATIONS = ['JWT-13'];
const AT_RISK = `time-boundary tests (${TIME_BOUNDARY_OBLIGATIONS.join(', ')}) may be marked inconclusive`;
const NTP_REMEDY = 'Synchronise this machine with NTP (timedatectl / w32tm); the provider must keep its clock on NHS NTP (JWT-13).';

export interface ClockFindings {
  readonly check: DoctorCheck;
  readonly estimate?: ClockSkewEstimate;
  /** Why time-boundary tests may be inconclusive; absent when they are not at risk. */
  readonly risk?: string;
}

export function checkClockOffset(exchange: AnsweredExchange, hasMockAdmin: boolean): ClockFindings {
  const sentAtMs = Date.parse(exchange.startedAt);
  const estimate = estimateClockSkew({ dateHeader: exchange.response.headers.date, sentAtMs, receivedAtMs: sentAtMs + exchange.durationMs });
  if (!estimate) {
    if (hasMockAdmin) return { check: makeCheck('clock.offset', TITLE, 'ok', { detail: 'no Date header, but the mock\'s clock is pinned through target.admin', obligations: OBLIGATIONS }) };
    const risk = `the provider sends no usable Date header, so ${AT_RISK}`;
    return { risk, check: makeCheck('clock.offset', TITLE, 'warn', { detail: risk, remedy: 'Ask the provider to send the HTTP Date header on every response.', obligations: OBLIGATIONS }) };
  }
  const offset = `provider clock ${describeSkew(estimate)} from this machine's (Date: ${estimate.serverDate})`;
  if (estimate.verdict === 'within' || hasMockAdmin) {
    return { estimate, check: makeCheck('clock.offset', TITLE, 'ok', { detail: hasMockAdmin && estimate.verdict !== 'within' ? `${offset}; the mock's clock is pinned through target.admin` : offset, obligations: OBLIGATIONS }) };
  }
  const risk = estimate.verdict === 'beyond'
    ? `the clocks differ by more than ${SKEW_LIMIT_MS / 1000} s, so ${AT_RISK}`
    : `the exchange took ${exchange.durationMs.toFixed(0)} ms, too long to tell the offset within ${SKEW_LIMIT_MS / 1000} s, so ${AT_RISK}`;
  return { estimate, risk, check: makeCheck('clock.offset', TITLE, 'warn', { detail: `${offset}: ${risk}`, remedy: estimate.verdict === 'beyond' ? NTP_REMEDY : 'Run the doctor again over a faster route; if it persists, treat time-boundary verdicts with care.', obligations: OBLIGATIONS }) };
}
