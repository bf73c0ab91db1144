// Slot search: setting up a search (service, window, status, includes, query variants) and
// sending it (section 2.2 of the obligations catalogue).
import { Given, When } from '@cucumber/cucumber';
import { allIncludeParams, includeParam, type IncludeSpelling, type IncludeTarget } from '../src/client/slot-includes.ts';
import { newSlotSearch, replacingIncludes, withIncludes, withoutService, withServiceParamName, withStart, withStatus } from '../src/client/slot-search.ts';
import type { ZoneDesignator } from '../src/client/format-instant.ts';
import type { BoundsPhrase } from '../src/drivers/bounds-around-slot.ts';
import type { ConsumerPhrase } from '../src/drivers/consumer-roles.ts';
import { withExtraParam, withMalformedValue, type ExtraParam, type MalformedValue } from '../src/drivers/query-variants.ts';
import { windowBounds, type WindowName } from '../src/drivers/search-windows.ts';
import { resolveService, type ServiceRole } from '../src/drivers/service-roles.ts';
import type { ProviderWorld } from './support/provider-world.ts';

// Arrange

Given('a slot search for {service}', function (this: ProviderWorld, role: ServiceRole) {
  const dosId = resolveService(this.target, role);
  this.searches.begin(dosId, newSlotSearch(dosId, windowBounds('the search horizon', this.nowMs(), this.target)));
});

Given('the search includes {includes}', function (this: ProviderWorld, targets: IncludeTarget[]) {
  this.searches.current = withIncludes(this.searches.current, targets.map((target) => includeParam(target)));
});

Given('the search asks for every include', function (this: ProviderWorld) {
  this.searches.current = withIncludes(this.searches.current, allIncludeParams());
});

Given('the search asks for status {slotStatus}', function (this: ProviderWorld, statuses: string[]) {
  this.searches.current = withStatus(this.searches.current, statuses.join(','));
});

Given('the search has no status parameter', function (this: ProviderWorld) {
  this.searches.current = withStatus(this.searches.current, undefined);
});

Given('the search has no service parameter', function (this: ProviderWorld) {
  this.searches.current = withoutService(this.searches.current);
});

Given('the search has no start parameter', function (this: ProviderWorld) {
  this.searches.current = withStart(this.searches.current, []);
});

Given('the service parameter is named {serviceParamName}', function (this: ProviderWorld, name: string) {
  this.searches.current = withServiceParamName(this.searches.current, name);
});

Given('the search window is {window}', function (this: ProviderWorld, window: WindowName) {
  this.searches.current = withStart(this.searches.current, windowBounds(window, this.nowMs(), this.target));
});

Given('the search carries {malformedValue}', function (this: ProviderWorld, malformed: MalformedValue) {
  this.searches.current = withMalformedValue(this.searches.current, malformed);
});

Given('a free slot of the searched service', async function (this: ProviderWorld) {
  await this.searches.findFreeSlot();
});

// Act

When('the consumer searches for slots', async function (this: ProviderWorld) {
  await this.searches.send(this.searches.current, 'slot search');
});

When('{consumer} searches for slots', async function (this: ProviderWorld, phrase: ConsumerPhrase) {
  this.speakAs(phrase);
  await this.searches.send(this.searches.current, phrase);
});

When('the consumer searches for slots of {service}', async function (this: ProviderWorld, role: ServiceRole) {
  await this.searches.send(this.searches.switchService(role), role);
});

When('the consumer searches for slots with status {slotStatus}', async function (this: ProviderWorld, statuses: string[]) {
  await this.searches.send(withStatus(this.searches.current, statuses.join(',')), `status ${statuses.join(',')}`);
});

When('the consumer searches with the window bounded {bounds}', async function (this: ProviderWorld, bounds: BoundsPhrase) {
  await this.searches.send(this.searches.aroundFoundSlot(bounds), `window bounded ${bounds}`);
});

When('the consumer searches with the window bounded {bounds} written with the offset {zone}', async function (this: ProviderWorld, bounds: BoundsPhrase, zone: ZoneDesignator) {
  await this.searches.send(this.searches.aroundFoundSlot(bounds, zone), `window bounded ${bounds} in ${zone}`);
});

When('the consumer searches for slots adding {extraParam}', async function (this: ProviderWorld, extra: ExtraParam) {
  await this.searches.send(withExtraParam(this.searches.current, extra, this.nowMs()), `adding ${extra}`);
});

When('the consumer searches for slots with every include spelt {includeSpelling}', async function (this: ProviderWorld, spelling: IncludeSpelling) {
  await this.searches.send(replacingIncludes(this.searches.current, allIncludeParams(spelling)), `includes spelt ${spelling}`);
});
