// Every refusal carries an OperationOutcome (ERR-01, strict reading of C-34) with at least an id,
// and issues with a severity and an IssueType code (ERR-02). Diagnostics, the offending element
// and the code system are SHOULDs (ERR-03, C-12): reported as warnings.
import type { Exchange } from '../client/exchange.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { askedFormat, expectFhirContentType } from './expect-fhir-content-type.ts';
import { expectStatus } from './expect-status.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { readResource } from '../fhir/read-fhir-json.ts';

export const ISSUE_SEVERITIES: readonly string[] = ['fatal', 'error', 'warning', 'information'];

// FHIR STU3 IssueType (http://hl7.org/fhir/issue-type).
export const ISSUE_TYPES: readonly string[] = [
  'invalid', 'structure', 'required', 'value', 'invariant', 'security', 'login', 'unknown', 'expired', 'forbidden',
  'suppressed', 'processing', 'not-supported', 'duplicate', 'not-found', 'too-long', 'code-invalid', 'extension',
  'too-costly', 'business-rule', 'conflict', 'incomplete', 'transient', 'lock-error', 'no-store', 'exception',
  'timeout', 'throttled', 'informational',
];

export interface OutcomeExpectation {
  /** Allowed statuses (strict default or the target's lenient set). */
  readonly statuses: readonly number[];
  /** The obligations the refusal itself implements (e.g. SLOT-10, JWT-22). */
  readonly obligations: readonly string[];
}

type Issue = Readonly<Record<string, unknown>>;

function issueProblems(issues: readonly Issue[]): string[] {
  return issues.flatMap((issue, i) => [
    ...(ISSUE_SEVERITIES.includes(String(issue.severity)) ? [] : [`issue[${i}].severity ${JSON.stringify(issue.severity)} is not one of ${ISSUE_SEVERITIES.join(', ')}`]),
    ...(ISSUE_TYPES.includes(String(issue.code)) ? [] : [`issue[${i}].code ${JSON.stringify(issue.code)} is not an IssueType code`]),
  ]);
}

function codingSystems(issue: Issue): string[] {
  const details = issue.details as { coding?: { system?: unknown }[] } | undefined;
  return Array.isArray(details?.coding) ? details.coding.map((coding) => String(coding.system)) : [];
}

function warnShould(exchange: Exchange, status: number, issues: readonly Issue[], policy: ConformancePolicy, warn: Warn): void {
  const say = (code: string, message: string) => warn({ code, obligations: ['ERR-03'], message, exchangeId: exchange.id });
  issues.forEach((issue, i) => {
    if (typeof issue.diagnostics !== 'string' || issue.diagnostics.trim() === '') say('OUTCOME_NO_DIAGNOSTICS', `issue[${i}] has no diagnostics`);
    if ((status === 400 || status === 422) && issue.location === undefined && issue.expression === undefined) say('OUTCOME_NO_LOCATION', `issue[${i}] of a ${status} names no location or expression`);
    for (const system of codingSystems(issue)) {
      if (!policy.errors.detailsSystems.includes(system)) say('OUTCOME_UNKNOWN_CODE_SYSTEM', `issue[${i}].details.coding.system ${system} is not one of the known systems (C-12)`);
    }
  });
}

export function expectOperationOutcome(exchange: Exchange, expectation: OutcomeExpectation, policy: ConformancePolicy, warn: Warn): void {
  expectStatus(exchange, expectation.statuses, expectation.obligations);
  const obligations = [...expectation.obligations, 'ERR-01'];
  if (!policy.errors.requireOutcome && exchange.response?.bodyText.trim() === '') {
    warn({ code: 'OUTCOME_MISSING', obligations: ['ERR-01'], message: 'the refusal has no OperationOutcome (accepted: errors.requireOutcome=false)', exchangeId: exchange.id });
    return;
  }
  const outcome = readResource(exchange, 'OperationOutcome', obligations);
  expectFhirContentType(exchange, askedFormat(exchange), obligations, warn);
  const issues = Array.isArray(outcome.issue) ? (outcome.issue as Issue[]) : [];
  const problems = [
    ...(typeof outcome.id === 'string' && outcome.id.trim() !== '' ? [] : ['it has no id']),
    ...(issues.length > 0 ? [] : ['it has no issue']),
    ...issueProblems(issues),
  ];
  if (problems.length > 0) {
    fail(exchange, { code: 'OUTCOME_INCOMPLETE', obligations: ['ERR-02'], reason: `the OperationOutcome lacks the required minimum: ${problems.join('; ')}`, expected: 'id, issue[].severity and issue[].code', actual: outcome });
  }
  warnShould(exchange, exchange.response?.status ?? 0, issues, policy, warn);
}
