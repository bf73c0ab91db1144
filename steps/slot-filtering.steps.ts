// Checks on which slots a search returns: by service, by consumer, by status and by start time
// (sections 2.2.2, 2.2.3 and 2.11 of the obligations catalogue).
import { Then } from '@cucumber/cucumber';
import { expectInvertedWindowAnswer, expectMissingServiceAnswer, expectUnknownServiceAnswer } from '../src/assertions/expect-contested-answers.ts';
import { expectLocationAddresses, expectNoDefaultDeliveryChannel } from '../src/assertions/expect-resource-profiles.ts';
import { expectUnionOf, expectWithheldSlotsMissing } from '../src/assertions/expect-same-results.ts';
import { expectScheduleServiceActors, expectServiceIdentifiers, expectSharedSchedule, expectSlotsFromEverySchedule, expectSlotsOnlyFromSchedulesOf } from '../src/assertions/expect-service-mapping.ts';
import { expectSlotFields, expectSlotStatusCodes, expectSlotStatusesIn, expectSomeSlots } from '../src/assertions/expect-slot-content.ts';
import { expectInstantsWithZone, expectStartsWithin, expectUtcInstants } from '../src/assertions/expect-slot-times.ts';
import { expectSlotVisibility, type SlotVisibility } from '../src/assertions/expect-slot-visibility.ts';
import type { ProviderWorld } from './support/provider-world.ts';

// Assert: service and consumer filtering

Then('every slot comes from a schedule mapped to the searched service', function (this: ProviderWorld) {
  expectSlotsOnlyFromSchedulesOf(this.searches.searchset(), this.searches.service, this.searches.mappedSchedules(), this.target.policy);
});

Then('the two searches return slots of a common schedule', function (this: ProviderWorld) {
  expectSharedSchedule(...this.searches.lastTwoSearchsets());
});

Then('the slots come from every schedule mapped to the searched service', function (this: ProviderWorld) {
  expectSlotsFromEverySchedule(this.searches.searchset(), this.searches.mappedSchedules());
});

Then('every schedule names the searched service as its healthcare service actor', function (this: ProviderWorld) {
  expectScheduleServiceActors(this.searches.searchset(), this.searches.service, this.target.policy);
});

Then('the included healthcare service carries the searched DoS id as its identifier', function (this: ProviderWorld) {
  expectServiceIdentifiers(this.searches.searchset(), this.searches.service, this.target.policy);
});

Then('the search is answered as naming an unknown service', function (this: ProviderWorld) {
  expectUnknownServiceAnswer(this.exchanges.lastResponse(), this.target.policy, this.warn);
});

Then('the search is answered as missing its service parameter', function (this: ProviderWorld) {
  expectMissingServiceAnswer(this.exchanges.lastResponse(), this.target.policy, this.warn);
});

Then('the restricted consumer does not see the slots withheld from it', function (this: ProviderWorld) {
  expectWithheldSlotsMissing(this.searches.searchsetLabelled('the primary consumer'), this.searches.searchsetLabelled('the restricted consumer'));
});

Then('the search returns at least one slot', function (this: ProviderWorld) {
  expectSomeSlots(this.searches.searchset(), this.obligations);
});

Then('slots without a recorded channel carry no delivery channel', function (this: ProviderWorld) {
  expectNoDefaultDeliveryChannel(this.searches.searchset(), this.searches.schedulesWithoutChannel());
});

Then('every included location carries the address of the appointment', function (this: ProviderWorld) {
  expectLocationAddresses(this.searches.searchset(), this.target.policy, this.warn);
});


// Assert: status and time

Then('every slot has status {slotStatus}', function (this: ProviderWorld, statuses: string[]) {
  expectSlotStatusesIn(this.searches.searchset(), statuses);
});

Then('the target\'s slots of status {slotStatus} are all represented', function (this: ProviderWorld, statuses: string[]) {
  this.searches.expectStatusesRepresented(statuses);
});

Then('every slot has a SlotStatus code', function (this: ProviderWorld) {
  expectSlotStatusCodes(this.searches.searchset(), this.target.policy);
});

Then('the last search returns exactly the slots of the two searches before it', function (this: ProviderWorld) {
  const [free, busy, both] = this.searches.lastSearchsets(3);
  expectUnionOf(both, [free, busy]);
});

Then('every slot carries its required elements', function (this: ProviderWorld) {
  expectSlotFields(this.searches.searchset(), this.target.policy);
});

Then('that slot {visibility}', function (this: ProviderWorld, visibility: SlotVisibility) {
  expectSlotVisibility(this.searches.searchset(), this.searches.foundSlot.id, visibility, this.obligations);
});

Then('every slot starts inside the requested window', function (this: ProviderWorld) {
  expectStartsWithin(this.searches.searchset(), this.searches.sentWith(this.exchanges.lastResponse().id).start);
});

Then('the inverted window is answered with no slots', function (this: ProviderWorld) {
  expectInvertedWindowAnswer(this.exchanges.lastResponse(), this.target.policy, this.warn);
});

Then('every slot time is a FHIR instant with a zone', function (this: ProviderWorld) {
  expectInstantsWithZone(this.searches.searchset());
});

Then('every slot time is written in UTC', function (this: ProviderWorld) {
  expectUtcInstants(this.searches.searchset());
});
