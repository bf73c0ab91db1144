// The CapabilityStatement (section 2.1 of the obligations catalogue).
import { Given, Then, When } from '@cucumber/cucumber';
import {
  expectAcceptUnknownBoth,
  expectAppointmentDeclared,
  expectCapabilityStatement,
  expectIntegrityDocumented,
  expectJsonFormatListed,
  expectSlotSearchDeclared,
  expectTemplateValues,
} from '../src/assertions/expect-capability-statement.ts';
import { expectFormatsServed } from '../src/assertions/expect-formats-served.ts';
import { expectValidFhir } from '../src/assertions/expect-valid-fhir.ts';
import type { IncludeTarget } from '../src/client/slot-includes.ts';
import type { ProviderWorld } from './support/provider-world.ts';

Given('the target declares the Location include', async function (this: ProviderWorld) {
  this.capability.requireNotDeclaredAbsent('Location');
  await this.capability.requireDeclaredInclude('HealthcareService:location');
});

Given('the target holds {includes} and lists their includes', async function (this: ProviderWorld, targets: IncludeTarget[]) {
  await this.capability.requireHeldIncludes(targets);
});

When('the consumer asks for the CapabilityStatement', async function (this: ProviderWorld) {
  await this.exchanges.check({ interaction: 'metadata', method: 'GET', path: '/metadata', label: 'metadata' });
});

When('the consumer asks for the CapabilityStatement in every declared format', async function (this: ProviderWorld) {
  await this.capability.probeDeclaredFormats();
});

Then('the response is a CapabilityStatement', function (this: ProviderWorld) {
  expectCapabilityStatement(this.exchanges.lastResponse(), this.warn);
});

Then('the CapabilityStatement validates against FHIR STU3', async function (this: ProviderWorld) {
  await expectValidFhir(this.exchanges.lastResponse(), this.capability.capabilityStatement(), 'CapabilityStatement', this.validator, ['CAP-02', 'CAP-08', 'PROF-02'], this.warn);
});

Then('the CapabilityStatement declares acceptUnknown both', function (this: ProviderWorld) {
  expectAcceptUnknownBoth(this.exchanges.lastResponse(), this.capability.capabilityStatement());
});

Then('the CapabilityStatement lists FHIR JSON among its formats', function (this: ProviderWorld) {
  expectJsonFormatListed(this.exchanges.lastResponse(), this.capability.capabilityStatement());
});

Then('each declared format is served as asked', function (this: ProviderWorld) {
  expectFormatsServed(this.capability.formatProbes);
});

Then('the CapabilityStatement carries the fixed values of the template', function (this: ProviderWorld) {
  expectTemplateValues(this.exchanges.lastResponse(), this.capability.capabilityStatement(), this.warn);
});

Then('the CapabilityStatement declares slot search', function (this: ProviderWorld) {
  expectSlotSearchDeclared(this.exchanges.lastResponse(), this.capability.capabilityStatement());
});

Then('the CapabilityStatement declares appointment read and create', function (this: ProviderWorld) {
  expectAppointmentDeclared(this.exchanges.lastResponse(), this.capability.capabilityStatement(), this.warn);
});

Then('the CapabilityStatement documents transactional integrity', function (this: ProviderWorld) {
  expectIntegrityDocumented(this.exchanges.lastResponse(), this.capability.capabilityStatement(), this.warn);
});
