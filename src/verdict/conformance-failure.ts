// A conformance failure: the target broke an obligation. Like jose's JWTClaimValidationFailed it
// carries a stable code and the evidence: obligation ids, expected, actual and the exchange id.

export interface ConformanceFailureDetails {
  /** Stable, upper snake case, e.g. `STATUS_MISMATCH`. */
  readonly code: string;
  /** Catalogue ids of the obligations the check implements, e.g. `['SLOT-07']`. */
  readonly obligations: readonly string[];
  /** One sentence saying what is wrong, in the target's terms. */
  readonly reason: string;
  readonly expected: unknown;
  readonly actual: unknown;
  /** The recorded HTTP exchange the evidence comes from. */
  readonly exchangeId?: string;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

export function formatFailureMessage(details: ConformanceFailureDetails): string {
  const lines = [
    `${details.obligations.join(', ')} ${details.code}: ${details.reason}`,
    `  expected: ${show(details.expected)}`,
    `  actual:   ${show(details.actual)}`,
  ];
  if (details.exchangeId) lines.push(`  exchange: ${details.exchangeId}`);
  return lines.join('\n');
}

export class ConformanceFailure extends Error {
  readonly code: string;
  readonly obligations: readonly string[];
  readonly reason: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly exchangeId: string | undefined;

  constructor(facts: ConformanceFailureDetails) {
    // A failure names each obligation once, however many checks on the way added it.
    const details = { ...facts, obligations: [...new Set(facts.obligations)] };
    super(formatFailureMessage(details));
    this.name = 'ConformanceFailure';
    this.code = details.code;
    this.obligations = details.obligations;
    this.reason = details.reason;
    this.expected = details.expected;
    this.actual = details.actual;
    this.exchangeId = details.exchangeId;
  }
}
