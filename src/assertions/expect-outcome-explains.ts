// ERR-03 (SHOULD), checked on its own so a SHOULD scenario can fail on it: the OperationOutcome
// says what went wrong in diagnostics and, for a 400 or 422, points at the offending element.
import type { Exchange } from '../client/exchange.ts';
import { fail } from '../verdict/fail.ts';
import { readResource } from '../fhir/read-fhir-json.ts';

export function expectOutcomeExplains(exchange: Exchange): void {
  const outcome = readResource(exchange, 'OperationOutcome', ['ERR-03']);
  const status = exchange.response?.status ?? 0;
  const issues = Array.isArray(outcome.issue) ? (outcome.issue as Record<string, unknown>[]) : [];
  const problems = issues.flatMap((issue, i) => [
    ...(typeof issue.diagnostics === 'string' && issue.diagnostics.trim() !== '' ? [] : [`issue[${i}] has no diagnostics`]),
    ...((status === 400 || status === 422) && issue.location === undefined && issue.expression === undefined ? [`issue[${i}] names no location or expression`] : []),
  ]);
  if (issues.length === 0 || problems.length > 0) {
    fail(exchange, { code: 'OUTCOME_UNEXPLAINED', obligations: ['ERR-03'], reason: 'the OperationOutcome does not explain the refusal', expected: status === 400 || status === 422 ? 'diagnostics and location or expression on every issue' : 'diagnostics on every issue', actual: issues.length === 0 ? 'no issue' : problems });
  }
}
