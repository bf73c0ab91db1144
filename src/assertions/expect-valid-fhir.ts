// PROF-02 / PROF-03 / CAP-02 / CAP-08: a returned resource validates against FHIR STU3 and the
// CareConnect and booking overrides. Validator errors fail the target; warnings are reported. A
// validator that cannot run is inconclusive, never a failure.
import type { Exchange } from '../client/exchange.ts';
import type { ValidationResult } from '../fhir/validation-result.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { fail, type Warn } from '../verdict/fail.ts';

export interface ResourceValidator {
  validate(resource: unknown, expectedType?: string): Promise<ValidationResult>;
}

export async function expectValidFhir(exchange: Exchange, resource: unknown, expectedType: string, validator: ResourceValidator, obligations: readonly string[], warn: Warn): Promise<void> {
  let result: ValidationResult;
  try {
    result = await validator.validate(resource, expectedType);
  } catch (error) {
    throw new InconclusiveError('INCONCLUSIVE_VALIDATOR_UNAVAILABLE', `the FHIR validator could not run: ${(error as Error).message}`, { obligations, exchangeId: exchange.id });
  }
  for (const warning of result.warnings.slice(0, 20)) warn({ code: 'FHIR_VALIDATION_WARNING', obligations: warning.obligation ? [warning.obligation] : obligations, message: warning.message, exchangeId: exchange.id });
  if (!result.valid) {
    fail(exchange, { code: 'FHIR_INVALID', obligations, reason: `the ${expectedType} is not valid FHIR (${result.errors.length} errors)`, expected: `a valid ${expectedType}`, actual: result.errors.slice(0, 20).map((error) => error.message) });
  }
}
