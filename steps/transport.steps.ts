// Content negotiation, transport headers and routing (sections 2.4, 2.6 and 2.10 of the
// obligations catalogue), and the interactions in FHIR XML (HTTP-01 SHOULD, provider script P9):
// each XML answer is converted, then judged by the same steps, schemas and rules as its JSON twin.
import { Given, Then, When } from '@cucumber/cucumber';
import type { Route } from '../src/client/target-client.ts';
import { expectFhirContentType, expectFhirJsonResponse } from '../src/assertions/expect-fhir-content-type.ts';
import { expectIntegrityHeaders } from '../src/assertions/expect-integrity-headers.ts';
import { expectOperationOutcome } from '../src/assertions/expect-operation-outcome.ts';
import { expectSameCapabilityStatement } from '../src/assertions/expect-same-capability.ts';
import { expectGzipEncoded, expectHsts, expectNoStore } from '../src/assertions/expect-transport-headers.ts';
import { applyFormatRequest, FORMAT_REQUESTS, type FormatRequestName } from '../src/drivers/format-requests.ts';
import { namedRequest, type RequestName } from '../src/drivers/named-requests.ts';
import { requireHttpsTarget } from '../src/drivers/require-https-target.ts';
import type { ProviderWorld } from './support/provider-world.ts';
import { toSlotSearchPath } from '../src/client/slot-search.ts';
import { inFhirXml, requireXmlDeclared, slotSearchInXml } from '../src/drivers/fhir-xml-requests.ts';
import { readCapabilityStatement } from '../src/drivers/read-capability-statement.ts';
import type { AppointmentRead } from '../src/booking/appointment-reads.ts';

Given('the target is served over HTTPS', function (this: ProviderWorld) {
  requireHttpsTarget(this.target);
});

When('the consumer sends {request}', async function (this: ProviderWorld, name: RequestName) {
  await this.exchanges.check({ ...namedRequest(name, this), label: name });
});

When('the consumer sends {request} accepting gzip', async function (this: ProviderWorld, name: RequestName) {
  await this.exchanges.check({ ...namedRequest(name, this), label: `${name} accepting gzip`, headers: { 'Accept-Encoding': 'gzip' } });
});

When('the consumer asks for the CapabilityStatement with {formatRequest}', async function (this: ProviderWorld, name: FormatRequestName) {
  await this.exchanges.check({ interaction: 'metadata', method: 'GET', ...applyFormatRequest('/metadata', FORMAT_REQUESTS[name]), label: `metadata with ${name}` });
});

When('the consumer asks for the CapabilityStatement {route}', async function (this: ProviderWorld, route: Route) {
  await this.exchanges.check({ interaction: 'metadata', method: 'GET', path: '/metadata', label: `metadata ${route}`, route: this.exchanges.requireRoute(route) });
});

When('the consumer searches for slots {route}', async function (this: ProviderWorld, route: Route) {
  await this.searches.send(this.searches.current, `slot search ${route}`, { route: this.exchanges.requireRoute(route) });
});

Then('the response is FHIR JSON', function (this: ProviderWorld) {
  expectFhirJsonResponse(this.exchanges.lastResponse(), this.obligations, this.warn);
});

Then('the response states FHIR JSON in UTF-8', function (this: ProviderWorld) {
  expectFhirContentType(this.exchanges.lastResponse(), 'json', ['HTTP-07'], this.warn);
});

Then('the request is refused as asking for an unsupported format', function (this: ProviderWorld) {
  expectOperationOutcome(this.exchanges.lastResponse(), { statuses: this.target.policy.http.unsupportedAcceptStatuses, obligations: ['HTTP-05'] }, this.target.policy, this.warn);
});

Then('the response forbids caching', function (this: ProviderWorld) {
  expectNoStore(this.exchanges.lastResponse());
});

Then('the response is gzip-encoded', function (this: ProviderWorld) {
  expectGzipEncoded(this.exchanges.lastResponse());
});

Then('the response carries the integrity headers', function (this: ProviderWorld) {
  expectIntegrityHeaders(this.exchanges.lastResponse());
});

Then('the response carries Strict-Transport-Security', function (this: ProviderWorld) {
  expectHsts(this.exchanges.lastResponse());
});

Then('both answers are the same CapabilityStatement', function (this: ProviderWorld) {
  expectSameCapabilityStatement(...this.exchanges.lastTwoResponses());
});

Given('the target declares FHIR XML in its CapabilityStatement', async function (this: ProviderWorld) {
  requireXmlDeclared(await readCapabilityStatement(this));
});

When('the consumer searches for slots in FHIR XML', async function (this: ProviderWorld) {
  await this.exchanges.check(slotSearchInXml(toSlotSearchPath(this.searches.current), 'slot search'));
});

When('the consumer books that slot in FHIR XML', async function (this: ProviderWorld) {
  await this.bookings.bookInXml();
});

When('the consumer reads {appointmentRead} in FHIR XML', async function (this: ProviderWorld, name: AppointmentRead) {
  await this.appointments.read(name, inFhirXml);
});

When('the consumer cancels that appointment in FHIR XML', async function (this: ProviderWorld) {
  await this.appointments.cancel('as read', inFhirXml);
});

Then('the response states FHIR XML in UTF-8', function (this: ProviderWorld) {
  expectFhirContentType(this.exchanges.lastResponse(), 'xml', ['HTTP-01'], this.warn);
});
