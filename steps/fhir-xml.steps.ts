// The interactions in FHIR XML (HTTP-01 SHOULD, provider script P9): each answer is converted and
// then judged by the same steps, schemas and rules as its JSON twin.
import { Given, Then, When } from '@cucumber/cucumber';
import { expectFhirContentType } from '../src/assertions/expect-fhir-content-type.ts';
import { toSlotSearchPath } from '../src/client/slot-search.ts';
import { inFhirXml, requireXmlDeclared, slotSearchInXml } from '../src/drivers/fhir-xml-requests.ts';
import { readCapabilityStatement } from '../src/drivers/read-capability-statement.ts';
import type { ServiceRole } from '../src/drivers/service-roles.ts';
import type { AppointmentWorld } from './support/appointment-world.ts';

Given('the target declares FHIR XML in its CapabilityStatement', async function (this: AppointmentWorld) {
  requireXmlDeclared(await readCapabilityStatement(this));
});

When('the consumer searches for slots in FHIR XML', async function (this: AppointmentWorld) {
  await this.check(slotSearchInXml(toSlotSearchPath(this.searches.current), 'slot search'));
});

When('the consumer searches for slots of {service} in FHIR XML', async function (this: AppointmentWorld, role: ServiceRole) {
  await this.check(slotSearchInXml(toSlotSearchPath(this.switchService(role)), role));
});

When('the consumer books that slot in FHIR XML', async function (this: AppointmentWorld) {
  await this.bookInXml();
});

When('the consumer reads that appointment in FHIR XML', async function (this: AppointmentWorld) {
  await this.read('that appointment', inFhirXml);
});

When('the consumer cancels that appointment in FHIR XML', async function (this: AppointmentWorld) {
  await this.cancel('as read', inFhirXml);
});

Then('the response states FHIR XML in UTF-8', function (this: AppointmentWorld) {
  expectFhirContentType(this.response, 'xml', ['HTTP-01'], this.warn);
});
