// PROF-02 for the consumer judge: the project's JSON Schema registry (base STU3 plus the booking
// overrides) injected into the pure judge as a function. Built once per run; compiling the schemas
// takes a few hundred milliseconds.
import type { StructuralValidator } from '../../mocks/domain/judge/judge-context.ts';
import { createSchemaRegistry } from '../fhir/schema-registry.ts';

export function createSchemaStructuralValidator(): StructuralValidator {
  const registry = createSchemaRegistry();
  return (kind, resource) => {
    const result = registry.validate(kind, resource);
    return [...result.errors, ...result.warnings].map((m) => ({
      message: m.message,
      severity: m.severity,
      ...(m.obligation === undefined ? {} : { obligation: m.obligation }),
    }));
  };
}
