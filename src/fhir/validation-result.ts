// The shape every validation layer (JSON Schema, FHIRPath, HL7 Java validator) reports in.
// Errors are violations of a MUST; warnings are unknown elements, SHOULD-level rules and notes
// about the validation itself. Only errors make a result invalid.

export type ValidationSeverity = 'error' | 'warning';
export type ValidationSource = 'schema' | 'fhirpath' | 'java-validator';

export interface ValidationMessage {
  /** Where, as the resource type and a `/`-separated path: `Bundle/entry/3/resource/status`. */
  readonly path: string;
  /** Which rule: the JSON Schema keyword, the invariant key, or the Java validator's message id. */
  readonly rule: string;
  /** Self-contained text naming the path and the rule: `Bundle/entry/3/resource/status must be one of free, busy`. */
  readonly message: string;
  readonly severity: ValidationSeverity;
  readonly source: ValidationSource;
  /** The obligation id(s) the rule implements, when known (`SLOT-32`, `PROF-03`). */
  readonly obligation?: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: readonly ValidationMessage[];
  readonly warnings: readonly ValidationMessage[];
}

/** Builds a result from messages of any severity, dropping exact duplicates (same path and text). */
export function toValidationResult(messages: readonly ValidationMessage[]): ValidationResult {
  const seen = new Set<string>();
  const unique = messages.filter((m) => {
    const key = `${m.severity}\u0000${m.source}\u0000${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errors = unique.filter((m) => m.severity === 'error');
  const warnings = unique.filter((m) => m.severity === 'warning');
  return { valid: errors.length === 0, errors, warnings };
}
