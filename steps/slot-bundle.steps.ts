// Checks on the searchset Bundle a slot search returns: shape, includes, profiles, validation and
// comparisons between searches (sections 2.2.4, 2.2.5 and 2.13 of the obligations catalogue).
import { Then } from '@cucumber/cucumber';
import { INCLUDED_TYPE, type IncludeSpelling, type IncludeTarget } from '../src/client/slot-includes.ts';
import { expectIncludedReferencesResolve, expectNoUnreferencedIncludes, expectTotalMatchesSlots, expectUniqueEntries } from '../src/assertions/expect-bundle-integrity.ts';
import { expectUnknownParamAnswer } from '../src/assertions/expect-contested-answers.ts';
import { expectEmptySearchset } from '../src/assertions/expect-empty-searchset.ts';
import { expectSameResourcesForSpelling } from '../src/assertions/expect-include-spelling.ts';
import { expectCareConnectProfiles } from '../src/assertions/expect-resource-profiles.ts';
import { expectSameSlots } from '../src/assertions/expect-same-results.ts';
import { expectIncludedTypes } from '../src/assertions/expect-included-types.ts';
import { expectValidFhir } from '../src/assertions/expect-valid-fhir.ts';
import type { ProviderWorld } from './support/provider-world.ts';

// Assert: the Bundle

Then('the response is a searchset Bundle', function (this: ProviderWorld) {
  this.searches.searchsetBundle();
});

Then('every reference of a requested include resolves inside the Bundle', function (this: ProviderWorld) {
  expectIncludedReferencesResolve(this.searches.searchset(), this.searches.includedTypes());
});

Then('the Bundle includes nothing unrelated to the returned slots', function (this: ProviderWorld) {
  expectNoUnreferencedIncludes(this.searches.searchset(), this.target.policy, this.warn);
});

Then('the Bundle includes each resource once', function (this: ProviderWorld) {
  expectUniqueEntries(this.searches.searchset());
});

Then('the Bundle total counts the matched slots', function (this: ProviderWorld) {
  expectTotalMatchesSlots(this.searches.searchset(), this.target.policy);
});

Then('the Bundle includes {includes}', function (this: ProviderWorld, targets: IncludeTarget[]) {
  expectIncludedTypes(this.searches.searchset(), targets.map((target) => INCLUDED_TYPE[target]));
});

Then('every resource declares its CareConnect profile', function (this: ProviderWorld) {
  expectCareConnectProfiles(this.searches.searchset(), this.target.policy);
});

Then('the Bundle validates against FHIR STU3', async function (this: ProviderWorld) {
  await expectValidFhir(this.exchanges.lastResponse(), this.searches.searchset().bundle, 'Bundle', this.validator, this.obligations, this.warn);
});

Then('the search is answered with an empty searchset', function (this: ProviderWorld) {
  expectEmptySearchset(this.searches.searchsetBundle(), this.target.policy);
});


// Assert: two searches compared

Then('the two searches return the same slots', function (this: ProviderWorld) {
  expectSameSlots(...this.searches.lastTwoSearchsets(), this.obligations);
});

Then('the unknown parameter is ignored', function (this: ProviderWorld) {
  const [reference, probe] = this.exchanges.lastResponses(2);
  expectUnknownParamAnswer(this.searches.searchsetBundle(reference), probe, () => this.searches.searchsetBundle(probe, ['SLOT-06']), this.target.policy, this.warn);
});

Then('the {includeSpelling} spelling brings back the same resources as the canonical one', function (this: ProviderWorld, spelling: IncludeSpelling) {
  const [canonical, variant] = this.searches.lastTwoSearchsets();
  expectSameResourcesForSpelling(canonical, variant, spelling, this.target.policy, this.warn);
});
