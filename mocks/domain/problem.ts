// The single error table of the mock provider: every refusal is a Problem with a stable code, and
// this table says which HTTP status, FHIR IssueType and Spine error code it becomes (ERR-01..03).
import type { ProviderConfig } from './provider-config.ts';

export type ProblemCode =
  | 'INVALID_PARAMETER'
  | 'UNKNOWN_PARAMETER'
  | 'MISSING_SERVICE'
  | 'UNKNOWN_SERVICE'
  | 'WINDOW_IN_PAST'
  | 'AUTH_MISSING'
  | 'AUTH_MALFORMED'
  | 'AUTH_CLAIM'
  | 'AUTH_EXPIRED'
  | 'AUTH_NOT_YET_VALID'
  | 'AUTH_AUDIENCE'
  | 'AUTH_SCOPE'
  | 'ORG_DENIED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNSUPPORTED_FORMAT'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BAD_BODY'
  | 'BAD_PATH'
  | 'ADMIN_DENIED'
  | 'BODY_TOO_LARGE'
  | 'PROFILE_INVALID'
  | 'INVALID_NHS_NUMBER'
  | 'SLOT_TAKEN'
  | 'SLOT_UNKNOWN'
  | 'SLOT_NOT_RELEASED'
  | 'REQUEST_ID_REUSED'
  | 'IF_MATCH_MISSING'
  | 'VERSION_CONFLICT'
  | 'CANCEL_DIFFERENCES'
  | 'ID_MISMATCH'
  | 'INTERNAL';

export interface Problem {
  readonly code: ProblemCode;
  readonly diagnostics: string;
  /** FHIRPath-ish pointers to the offending element or parameter (ERR-03). */
  readonly expression?: readonly string[];
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'diagnostics' in value;
}

interface ProblemRow {
  readonly status: number;
  readonly issueCode: string;
  readonly spineCode: string;
}

export const SPINE_CODE_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1';
export const ISSUE_TYPE_SYSTEM = 'http://hl7.org/fhir/issue-type';

const table: Record<ProblemCode, ProblemRow> = {
  INVALID_PARAMETER: { status: 400, issueCode: 'invalid', spineCode: 'INVALID_PARAMETER' },
  UNKNOWN_PARAMETER: { status: 400, issueCode: 'not-supported', spineCode: 'INVALID_PARAMETER' },
  MISSING_SERVICE: { status: 400, issueCode: 'required', spineCode: 'INVALID_PARAMETER' },
  UNKNOWN_SERVICE: { status: 404, issueCode: 'not-found', spineCode: 'NO_RECORD_FOUND' },
  WINDOW_IN_PAST: { status: 400, issueCode: 'invalid', spineCode: 'INVALID_PARAMETER' },
  AUTH_MISSING: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  AUTH_MALFORMED: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  AUTH_CLAIM: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  AUTH_EXPIRED: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  AUTH_NOT_YET_VALID: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  AUTH_AUDIENCE: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  AUTH_SCOPE: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  ORG_DENIED: { status: 403, issueCode: 'forbidden', spineCode: 'ACCESS_DENIED' },
  NOT_FOUND: { status: 404, issueCode: 'not-found', spineCode: 'NO_RECORD_FOUND' },
  METHOD_NOT_ALLOWED: { status: 405, issueCode: 'not-supported', spineCode: 'BAD_REQUEST' },
  UNSUPPORTED_FORMAT: { status: 415, issueCode: 'not-supported', spineCode: 'UNSUPPORTED_MEDIA_TYPE' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, issueCode: 'not-supported', spineCode: 'UNSUPPORTED_MEDIA_TYPE' },
  BAD_BODY: { status: 400, issueCode: 'structure', spineCode: 'BAD_REQUEST' },
  BAD_PATH: { status: 400, issueCode: 'invalid', spineCode: 'BAD_REQUEST' },
  ADMIN_DENIED: { status: 403, issueCode: 'security', spineCode: 'ACCESS_DENIED' },
  BODY_TOO_LARGE: { status: 413, issueCode: 'too-costly', spineCode: 'BAD_REQUEST' },
  PROFILE_INVALID: { status: 422, issueCode: 'invalid', spineCode: 'INVALID_RESOURCE' },
  INVALID_NHS_NUMBER: { status: 422, issueCode: 'value', spineCode: 'INVALID_NHS_NUMBER' },
  SLOT_TAKEN: { status: 422, issueCode: 'processing', spineCode: 'DUPLICATE_REJECTED' },
  SLOT_UNKNOWN: { status: 422, issueCode: 'not-found', spineCode: 'REFERENCE_NOT_FOUND' },
  SLOT_NOT_RELEASED: { status: 422, issueCode: 'business-rule', spineCode: 'REFERENCE_NOT_FOUND' },
  REQUEST_ID_REUSED: { status: 409, issueCode: 'duplicate', spineCode: 'CONFLICTING_VALUES' },
  IF_MATCH_MISSING: { status: 412, issueCode: 'required', spineCode: 'MISSING_OR_INVALID_HEADER' },
  VERSION_CONFLICT: { status: 409, issueCode: 'conflict', spineCode: 'CONFLICTING_VALUES' },
  CANCEL_DIFFERENCES: { status: 422, issueCode: 'business-rule', spineCode: 'INVALID_RESOURCE' },
  ID_MISMATCH: { status: 400, issueCode: 'invalid', spineCode: 'BAD_REQUEST' },
  INTERNAL: { status: 500, issueCode: 'exception', spineCode: 'INTERNAL_SERVER_ERROR' },
};

const AUTH_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'AUTH_MISSING', 'AUTH_MALFORMED', 'AUTH_CLAIM', 'AUTH_EXPIRED', 'AUTH_NOT_YET_VALID', 'AUTH_AUDIENCE', 'AUTH_SCOPE',
]);

export function isAuthProblem(code: ProblemCode): boolean {
  return AUTH_CODES.has(code);
}

/** HTTP status for a problem, after the configuration switches of section 3. */
export function problemStatus(code: ProblemCode, config: ProviderConfig): number {
  if (isAuthProblem(code)) return config.authFailureStatus;
  if (code === 'UNSUPPORTED_FORMAT') return config.unsupportedAcceptStatus;
  if (code === 'SLOT_TAKEN') return config.slotTakenStatus;
  if (code === 'VERSION_CONFLICT') return config.mismatchStatus;
  if (code === 'IF_MATCH_MISSING') return config.missingIfMatchStatus;
  return table[code].status;
}

export interface OperationOutcome {
  readonly resourceType: 'OperationOutcome';
  readonly id: string;
  readonly meta: { readonly profile: readonly string[] };
  readonly issue: readonly {
    readonly severity: 'error';
    readonly code: string;
    readonly details: { readonly coding: readonly { system: string; code: string; display: string }[] };
    readonly diagnostics: string;
    readonly expression?: readonly string[];
  }[];
}

/** `NO_RECORD_FOUND` → `No record found`, the display form of the Spine code system. */
function spineDisplay(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Renders a problem as the OperationOutcome the mock sends. `id` is the provider's outcome id. */
export function toOperationOutcome(problem: Problem, id: string): OperationOutcome {
  const row = table[problem.code];
  // BOOK-17 / C-12: slot-not-free uses exactly the PAT/TKW shape, every other error a Spine code.
  const coding = problem.code === 'SLOT_TAKEN'
    ? { system: ISSUE_TYPE_SYSTEM, code: 'processing', display: 'Processing Failure' }
    : { system: SPINE_CODE_SYSTEM, code: row.spineCode, display: spineDisplay(row.spineCode) };
  const diagnostics = problem.code === 'SLOT_TAKEN' ? 'Slot no longer available' : problem.diagnostics;
  return {
    resourceType: 'OperationOutcome',
    id,
    meta: { profile: ['http://hl7.org/fhir/StructureDefinition/OperationOutcome'] },
    issue: [{
      severity: 'error',
      code: row.issueCode,
      details: { coding: [coding] },
      diagnostics,
      ...(problem.expression && problem.expression.length > 0 ? { expression: problem.expression } : {}),
    }],
  };
}
