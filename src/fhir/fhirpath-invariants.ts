// Evaluates the FHIRPath invariants with the `fhirpath` engine and its STU3 model. Every expression
// is compiled once, when the evaluator is created; a syntax error there is our bug and throws.
// Nested resources (Bundle entries, contained) are checked against their own type's invariants and
// reported inside the outer path, as the schema registry does.

import fhirpath from 'fhirpath';
import stu3 from 'fhirpath/fhir-context/stu3';
import { fhirPathInvariantTable } from './fhirpath-invariant-table.ts';
import type { FhirPathInvariant } from './fhirpath-invariant-table.ts';
import { isResourceLike, listNestedResources } from './list-nested-resources.ts';
import type { ValidationMessage } from './validation-result.ts';

export interface FhirPathInvariants {
  readonly invariants: readonly FhirPathInvariant[];
  /** Messages for every failed invariant in the resource and the resources nested in it. */
  evaluate(resource: unknown, root?: string): readonly ValidationMessage[];
}

type Compiled = (resource: unknown, env: Record<string, unknown>) => unknown[];

const appliesTo = (invariant: FhirPathInvariant, resourceType: string): boolean =>
  invariant.resourceType === resourceType || (invariant.resourceType === '*' && resourceType !== 'Bundle');

function failure(invariant: FhirPathInvariant, resourcePath: string): ValidationMessage {
  const path = invariant.element ? `${resourcePath}/${invariant.element}` : resourcePath;
  return {
    path,
    rule: invariant.key,
    message: `${path} ${invariant.human} (${invariant.key})`,
    severity: invariant.severity,
    source: 'fhirpath',
    obligation: invariant.obligation,
  };
}

/** The engine could not evaluate the rule on this data: our limitation, never the target's fault. */
function notEvaluated(invariant: FhirPathInvariant, resourcePath: string, reason: string): ValidationMessage {
  return {
    path: resourcePath,
    rule: invariant.key,
    message: `${resourcePath} could not be checked against ${invariant.key}: ${reason}`,
    severity: 'warning',
    source: 'fhirpath',
    obligation: invariant.obligation,
  };
}

export function createFhirPathInvariants(table: readonly FhirPathInvariant[] = fhirPathInvariantTable): FhirPathInvariants {
  const compiled = table.map((invariant) => ({
    invariant,
    run: fhirpath.compile(invariant.expression, stu3, { resolveInternalTypes: true }) as unknown as Compiled,
  }));

  const check = (resource: Record<string, unknown> & { resourceType: string }, path: string, container: unknown): ValidationMessage[] => {
    const messages: ValidationMessage[] = [];
    for (const { invariant, run } of compiled) {
      if (!appliesTo(invariant, resource.resourceType)) continue;
      try {
        const result = run(resource, { resource: container });
        // Empty means "not applicable here" (a missing element is the schema's to report).
        if (result.length === 1 && result[0] === false) messages.push(failure(invariant, path));
        else if (!(result.length === 0 || (result.length === 1 && result[0] === true))) {
          messages.push(notEvaluated(invariant, path, `unexpected result ${JSON.stringify(result)}`));
        }
      } catch (error) {
        messages.push(notEvaluated(invariant, path, error instanceof Error ? error.message : String(error)));
      }
    }
    for (const nested of listNestedResources(resource)) {
      // A contained resource's "#id" references resolve against its container.
      const scope = nested.pointer.startsWith('/contained/') ? container : nested.resource;
      messages.push(...check(nested.resource as typeof resource, `${path}${nested.pointer}`, scope));
    }
    return messages;
  };

  return {
    invariants: table,
    evaluate: (resource, root) => (isResourceLike(resource) ? check(resource, root ?? resource.resourceType, resource) : []),
  };
}
