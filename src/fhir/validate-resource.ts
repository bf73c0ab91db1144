// The FHIR validator the harness and the mock use: JSON Schema (structure, CareConnect profile,
// booking overrides), then FHIRPath invariants, then — only when a local JAR is configured — the
// HL7 Java validator. One instance per run: schemas and expressions are compiled at creation.

import { createFhirPathInvariants } from './fhirpath-invariants.ts';
import type { FhirPathInvariants } from './fhirpath-invariants.ts';
import { createJavaValidator } from './java-validator.ts';
import type { JavaValidatorOptions, JavaValidatorStatus } from './java-validator.ts';
import { isResourceLike } from './list-nested-resources.ts';
import { createSchemaRegistry, isSchemaKind, resourceTypeOf } from './schema-registry.ts';
import type { SchemaRegistry } from './schema-registry.ts';
import { toValidationResult } from './validation-result.ts';
import type { ValidationMessage, ValidationResult } from './validation-result.ts';

export interface FhirValidatorOptions {
  /** Java layer settings; it runs only if a JAR path is given here or in env FHIR_VALIDATOR_JAR. */
  readonly javaValidator?: JavaValidatorOptions;
  /** Reuse an existing registry (the caller keeps one per run). */
  readonly registry?: SchemaRegistry;
  readonly invariants?: FhirPathInvariants;
}

export interface FhirValidator {
  /**
   * Validates a parsed FHIR JSON value. `expectedType` is a schema kind (`Slot`, `Bundle`,
   * `AppointmentCreateRequest`, …); without it the value's own resourceType is used.
   */
  validate(resource: unknown, expectedType?: string): Promise<ValidationResult>;
  /** Whether the Java layer is in use, and if not, why (never a reason to fail a target). */
  javaValidatorStatus(): JavaValidatorStatus;
  /** Stops the Java validator process, if one was started. */
  close(): Promise<void>;
}

const notAResource = (expected: string | undefined): ValidationMessage => {
  const path = expected ?? 'Resource';
  return {
    path, rule: 'resourceType', severity: 'error', source: 'schema',
    message: `${path} must be a JSON object with a resourceType`,
  };
};

export function createFhirValidator(options: FhirValidatorOptions = {}): FhirValidator {
  const registry = options.registry ?? createSchemaRegistry();
  const invariants = options.invariants ?? createFhirPathInvariants();
  // On only when a JAR is named (option or FHIR_VALIDATOR_JAR); started lazily, on first use.
  const java = createJavaValidator(options.javaValidator ?? {});

  return {
    async validate(resource, expectedType) {
      if (expectedType !== undefined && !isSchemaKind(expectedType)) {
        throw new TypeError(`unknown FHIR schema kind "${expectedType}"`);
      }
      const ownType = isResourceLike(resource) ? resource.resourceType : undefined;
      const kind = expectedType ?? ownType;
      if (kind === undefined) return toValidationResult([notAResource(expectedType)]);
      if (!isSchemaKind(kind)) {
        const path = `${kind}/resourceType`;
        return toValidationResult([{
          path, rule: 'resourceType', severity: 'error', source: 'schema',
          message: `${path} ${kind} is not a resource type this harness validates`,
        }]);
      }
      const root = resourceTypeOf(kind);
      const schema = registry.validate(kind, resource);
      const fhirpath = invariants.evaluate(resource, root);
      const javaMessages = await java.validate(resource, root);
      return toValidationResult([...schema.errors, ...schema.warnings, ...fhirpath, ...javaMessages]);
    },
    javaValidatorStatus: () => java.status(),
    close: () => java.stop(),
  };
}
