// How a booking must be refused, by reason: the statuses of the 2.12.2 matrix (strict, or the
// target's lenient set), an OperationOutcome (ERR-01/02), and where the catalogue asks more, the
// exact slot-taken outcome of section 4.3 (BOOK-17) or an outcome pointing at the NHS number
// (BOOK-29). The phrases are the `{bookingRefusal}` parameter type's pattern.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { readResource } from '../fhir/read-fhir-json.ts';

interface RefusalRule {
  readonly obligations: readonly string[];
  readonly statuses: (policy: ConformancePolicy) => readonly number[];
  readonly more?: (exchange: Exchange, policy: ConformancePolicy, warn: Warn) => void;
}

type Issue = Readonly<Record<string, unknown>>;

function issuesOf(exchange: Exchange): readonly Issue[] {
  const issues = readResource(exchange, 'OperationOutcome', ['ERR-01']).issue;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
}

// BOOK-17 / C-12 / catalogue 4.3: the one issue PAT P29 and TKW assert.
export const SLOT_TAKEN_ISSUE = {
  severity: 'error',
  code: 'processing',
  details: { coding: [{ system: 'http://hl7.org/fhir/issue-type', code: 'processing', display: 'Processing Failure' }] },
  diagnostics: 'Slot no longer available',
} as const;

export function expectSlotTakenShape(exchange: Exchange, policy: ConformancePolicy): void {
  if (!policy.errors.requireSlotTakenShape) return;
  const issues = issuesOf(exchange);
  const [issue] = issues;
  const codings = (issue?.details as { coding?: unknown } | undefined)?.coding;
  const wanted = SLOT_TAKEN_ISSUE.details.coding[0];
  const matches = issues.length === 1
    && issue.severity === SLOT_TAKEN_ISSUE.severity
    && issue.code === SLOT_TAKEN_ISSUE.code
    && issue.diagnostics === SLOT_TAKEN_ISSUE.diagnostics
    && Array.isArray(codings)
    && codings.some((c: { system?: unknown; code?: unknown; display?: unknown }) => c.system === wanted.system && c.code === wanted.code && c.display === wanted.display);
  if (!matches) {
    fail(exchange, { code: 'SLOT_TAKEN_SHAPE', obligations: ['BOOK-17'], reason: 'the slot-taken OperationOutcome does not have the PAT/TKW shape (catalogue 4.3)', expected: { issue: [SLOT_TAKEN_ISSUE] }, actual: { issue: issues } });
  }
}

// BOOK-29: the outcome points at the identifier; the Spine code is a SHOULD.
export function expectPointsAtNhsNumber(exchange: Exchange, warn: Warn): void {
  const issues = issuesOf(exchange);
  const pointers = issues.flatMap((issue) => [issue.location, issue.expression].flatMap((p) => (Array.isArray(p) ? p.map(String) : [])));
  if (!pointers.some((pointer) => /identifier/i.test(pointer))) {
    fail(exchange, { code: 'OUTCOME_NOT_POINTING', obligations: ['BOOK-29'], reason: 'the OperationOutcome does not point at the patient identifier in issue.location or issue.expression', expected: 'an issue.location or issue.expression naming the identifier', actual: pointers });
  }
  const codes = issues.flatMap((issue) => ((issue.details as { coding?: { code?: unknown }[] } | undefined)?.coding ?? []).map((c) => c.code));
  if (!codes.includes('INVALID_NHS_NUMBER')) {
    warn({ code: 'NO_INVALID_NHS_NUMBER_CODE', obligations: ['BOOK-29'], message: `the refusal carries no details code INVALID_NHS_NUMBER (codes: ${codes.map(String).join(', ') || 'none'})`, exchangeId: exchange.id });
  }
}

export const BOOKING_REFUSALS = {
  'the slot is taken': { obligations: ['BOOK-17'], statuses: (p) => p.booking.slotTakenStatuses, more: (x, p) => expectSlotTakenShape(x, p) },
  'failing the profile': { obligations: ['BOOK-18'], statuses: (p) => p.booking.profileInvalidStatuses },
  'an invalid body': { obligations: ['BOOK-19'], statuses: () => [400] },
  'naming an unknown slot': { obligations: ['BOOK-16'], statuses: (p) => p.booking.unknownSlotStatuses },
  'an invalid NHS number': { obligations: ['BOOK-29'], statuses: (p) => p.booking.invalidNhsNumberStatuses, more: (x, _p, warn) => expectPointsAtNhsNumber(x, warn) },
  'two primary contact points': { obligations: ['PROF-12'], statuses: (p) => p.booking.duplicateRankStatuses },
  'a slot not released to the consumer': { obligations: ['SLOT-08'], statuses: (p) => p.booking.unreleasedSlotStatuses },
  'an unsupported media type': { obligations: ['HTTP-06'], statuses: () => [415] },
} as const satisfies Record<string, RefusalRule>;

export type BookingRefusal = keyof typeof BOOKING_REFUSALS;
export const BOOKING_REFUSAL_NAMES = Object.keys(BOOKING_REFUSALS) as readonly BookingRefusal[];

export function expectBookingRefusal(exchange: Exchange, refusal: BookingRefusal, policy: ConformancePolicy, warn: Warn): void {
  const rule: RefusalRule = BOOKING_REFUSALS[refusal];
  expectOperationOutcome(exchange, { statuses: rule.statuses(policy), obligations: rule.obligations }, policy, warn);
  rule.more?.(exchange, policy, warn);
}
