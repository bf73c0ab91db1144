// What judging a consumer produces: one finding per consumer obligation checked on one request. The
// mock stays liberal in what it serves; findings are how deviations reach the report (section 3:
// "it reports deviations as failures or warnings as configured").

/** The catalogue's id prefixes (section 0.2), so a typo in an id does not type-check. */
export type ObligationPrefix =
  | 'CAP' | 'SLOT' | 'JWT' | 'SSP' | 'BOOK' | 'XTI' | 'READ' | 'CAN' | 'REG' | 'HTTP' | 'TIME' | 'ERR' | 'PROF' | 'NFR' | 'DISC';

export type ObligationId = `${ObligationPrefix}-${string}`;

/** `warn` is for SHOULD-level obligations and for deviations a lenient setting accepts. */
export type FindingOutcome = 'pass' | 'fail' | 'warn';

export interface Finding {
  readonly obligation: ObligationId;
  readonly outcome: FindingOutcome;
  /** Says what was expected and what was seen; never a whole token. */
  readonly message: string;
  /** The observed value(s) that support the outcome. */
  readonly evidence?: unknown;
}

export function finding(obligation: ObligationId, outcome: FindingOutcome, message: string, evidence?: unknown): Finding {
  return evidence === undefined ? { obligation, outcome, message } : { obligation, outcome, message, evidence };
}
