// C-06 / SLOT-29: the one OperationOutcome entry (search.mode = outcome) an otherwise empty search
// Bundle may carry to say that slots exist but are restricted to other consumers. Informational:
// the search succeeded, so this is not an error.
import { uuidFromString } from '../uuid-from-string.ts';

export interface SearchOutcomeResource {
  readonly resourceType: 'OperationOutcome';
  readonly id: string;
  readonly meta: { readonly profile: readonly string[] };
  readonly issue: readonly {
    readonly severity: 'information';
    readonly code: 'informational';
    readonly diagnostics: string;
  }[];
}

/** `bundleId` seeds the outcome id, so the same response always carries the same one. */
export function renderSearchOutcome(bundleId: string, withheldCount: number): SearchOutcomeResource {
  return {
    resourceType: 'OperationOutcome',
    id: uuidFromString(`${bundleId}/outcome`),
    meta: { profile: ['http://hl7.org/fhir/StructureDefinition/OperationOutcome'] },
    issue: [{
      severity: 'information',
      code: 'informational',
      diagnostics: `No slots are available to this consumer: ${withheldCount} slot(s) matching the search are released only to other consumers`,
    }],
  };
}
