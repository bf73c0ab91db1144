// SLOT-24 (C-03): a provider answers every spelling of an include with the same resources. When the
// target relaxes `includes.requireIterateEquivalence`, a spelling without `:iterate` may bring only
// first-level includes; that is reported as a warning.
import type { IncludeSpelling } from '../client/slot-includes.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { expectSameResources } from './expect-same-results.ts';
import type { Warn } from '../verdict/fail.ts';
import type { SearchsetView } from '../fhir/searchset-view.ts';

const WITHOUT_ITERATE: readonly IncludeSpelling[] = ['plain', 'dotted'];

export function expectSameResourcesForSpelling(canonical: SearchsetView, variant: SearchsetView, spelling: IncludeSpelling, policy: ConformancePolicy, warn: Warn): void {
  try {
    expectSameResources(canonical, variant, ['SLOT-24']);
  } catch (error) {
    const tolerated = error instanceof ConformanceFailure && !policy.includes.requireIterateEquivalence && WITHOUT_ITERATE.includes(spelling);
    if (!tolerated) throw error;
    warn({ code: error.code, obligations: ['SLOT-24'], message: `${spelling} spelling: ${error.reason} (accepted: includes.requireIterateEquivalence=false)`, exchangeId: variant.exchange.id });
  }
}
