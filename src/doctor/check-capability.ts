// The target's answer to `GET [base]/metadata` in the standard envelope, judged by the suite's own
// assertion helpers (CAP-01, CAP-05, CAP-06) and the offline validator (CAP-08). A wrong answer
// here usually means a wrong baseUrl/sspPrefix, ASID or token audience, not a bad provider.
import type { Warn } from '../verdict/fail.ts';
import { declaredSearchIncludes, expectCapabilityStatement, expectSlotSearchDeclared } from '../assertions/expect-capability-statement.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import type { AnsweredExchange } from '../client/exchange.ts';
import type { FhirValidator } from '../fhir/validate-resource.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import type { WarningRecord } from '../verdict/verdict.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';

const MAX_LISTED = 3;

export interface CapabilityFindings {
  readonly checks: readonly DoctorCheck[];
  readonly statement?: FhirResource;
}

/** `CAP-01 BODY_NOT_JSON: the body is not valid JSON (…) (markup, not JSON: <html>…)` */
export function describeFailure(failure: ConformanceFailure): string {
  const actual = typeof failure.actual === 'string' && !failure.reason.includes(failure.actual) ? ` (${failure.actual})` : '';
  return `${failure.obligations.join(', ')} ${failure.code}: ${failure.reason}${actual}`;
}

function listed(items: readonly string[]): string {
  return items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join('; ')}; … ${items.length - MAX_LISTED} more` : items.join('; ');
}

function fetchCheck(exchange: AnsweredExchange): { check: DoctorCheck; statement?: FhirResource } {
  const warnings: WarningRecord[] = [];
  const warn: Warn = (warning) => warnings.push(warning);
  const title = 'GET [base]/metadata answers a CapabilityStatement';
  try {
    const statement = expectCapabilityStatement(exchange, warn);
    const detail = `${exchange.response.status}, ${exchange.response.headers['content-type'] ?? 'no Content-Type'}, ${exchange.durationMs.toFixed(0)} ms`;
    if (warnings.length > 0) return { statement, check: makeCheck('capability.fetch', title, 'warn', { detail: `${detail}; ${listed(warnings.map((w) => w.message))}`, remedy: 'Send Content-Type exactly as application/fhir+json;charset=utf-8.', obligations: ['CAP-01', 'HTTP-07'] }) };
    return { statement, check: makeCheck('capability.fetch', title, 'ok', { detail, obligations: ['CAP-01'] }) };
  } catch (error) {
    if (!(error instanceof ConformanceFailure)) throw error;
    const status = exchange.response.status;
    const remedy = status === 403 || status === 401
      ? 'The request was refused: check baseUrl is exactly the provider\'s service root (it is the JWT aud, JWT-09), and that providerAsid/consumerAsid are registered for the metadata interaction.'
      : 'Check that baseUrl is the FHIR service root (…/metadata must be the CapabilityStatement) and, when an SSP is used, that sspPrefix is right.';
    return { check: makeCheck('capability.fetch', title, 'fail', { detail: `${exchange.request.url}: ${describeFailure(error)}`, remedy, obligations: error.obligations }) };
  }
}

async function validityCheck(statement: FhirResource, validator: FhirValidator): Promise<DoctorCheck> {
  const title = 'CapabilityStatement is valid STU3 (offline validator)';
  const result = await validator.validate(statement, 'CapabilityStatement');
  if (!result.valid) return makeCheck('capability.valid', title, 'fail', { detail: `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: ${listed(result.errors.map((e) => e.message))}`, remedy: 'Fix the CapabilityStatement (the published templates are themselves invalid, CAP-08).', obligations: ['CAP-02', 'CAP-08'] });
  const notes = result.warnings.length > 0 ? ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'})` : '';
  return makeCheck('capability.valid', title, 'ok', { detail: `valid${notes}`, obligations: ['CAP-08'] });
}

// CAP-05: the suite is written for STU3; another major version makes most of it meaningless.
function versionCheck(statement: FhirResource): DoctorCheck {
  const title = 'fhirVersion is 3.0.1';
  const version = statement.fhirVersion;
  if (version === '3.0.1') return makeCheck('capability.fhir-version', title, 'ok', { detail: '3.0.1', obligations: ['CAP-05'] });
  const stu3 = typeof version === 'string' && version.startsWith('3.0.');
  return makeCheck('capability.fhir-version', title, stu3 ? 'warn' : 'fail', {
    detail: `fhirVersion is ${version === undefined ? 'missing' : JSON.stringify(version)}`,
    remedy: stu3 ? 'Declare fhirVersion 3.0.1 as the template does.' : 'This suite tests the STU3 Booking API: point baseUrl at the STU3 (3.0.1) endpoint.',
    obligations: ['CAP-05'],
  });
}

// CAP-06: Slot search-type, the service/status/start parameters and the includes the provider supports.
function slotSearchCheck(exchange: AnsweredExchange, statement: FhirResource): DoctorCheck {
  const title = 'Slot search parameters and includes declared';
  const includes = declaredSearchIncludes(statement);
  const shown = includes.length > 0 ? `searchInclude: ${includes.join(', ')}` : 'no searchInclude';
  try {
    expectSlotSearchDeclared(exchange, statement);
    return makeCheck('capability.slot-search', title, 'ok', { detail: `service, status, start; ${shown}`, obligations: ['CAP-06'] });
  } catch (error) {
    if (!(error instanceof ConformanceFailure)) throw error;
    return makeCheck('capability.slot-search', title, 'warn', { detail: `${listed(error.actual as string[])}; ${shown}`, remedy: 'Declare Slot with search-type, searchParam service/status/start and searchInclude (CAP-06 will fail; include checks only cover declared includes).', obligations: ['CAP-06'] });
  }
}

export async function checkCapability(exchange: AnsweredExchange, validator: FhirValidator): Promise<CapabilityFindings> {
  const { check, statement } = fetchCheck(exchange);
  if (!statement) {
    const skipped = (id: DoctorCheck['id'], title: string) => makeCheck(id, title, 'skipped', { detail: 'no CapabilityStatement to check' });
    return { checks: [check, skipped('capability.valid', 'CapabilityStatement is valid STU3 (offline validator)'), skipped('capability.fhir-version', 'fhirVersion is 3.0.1'), skipped('capability.slot-search', 'Slot search parameters and includes declared')] };
  }
  return { statement, checks: [check, await validityCheck(statement, validator), versionCheck(statement), slotSearchCheck(exchange, statement)] };
}
