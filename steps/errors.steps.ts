// Error responses (section 2.12 of the obligations catalogue, SLOT-35, SLOT-38) and server failures
// answered with 500 + OperationOutcome (SLOT-37, ERR-04, READ-08, REG-06).
import { Given, Then, When } from '@cucumber/cucumber';
import { expectOperationOutcome } from '../src/assertions/expect-operation-outcome.ts';
import { expectOutcomeExplains } from '../src/assertions/expect-outcome-explains.ts';
import type { ProviderWorld } from './support/provider-world.ts';
import { provokeServerFailure, requireServerFailureDeclared, type FailingInteraction } from '../src/drivers/provoke-server-failure.ts';

When('the consumer sends a {verb} request to the Slot endpoint', async function (this: ProviderWorld, verb: string) {
  await this.exchanges.check({ interaction: 'slot-search', method: verb, path: '/Slot', label: `${verb} /Slot` });
});

Then('the request is refused with {httpStatus} and an OperationOutcome', function (this: ProviderWorld, status: number) {
  expectOperationOutcome(this.exchanges.lastResponse(), { statuses: [status], obligations: this.obligations }, this.target.policy, this.warn);
});

Then('the refusal explains what went wrong and where', function (this: ProviderWorld) {
  expectOutcomeExplains(this.exchanges.lastResponse());
});

Given('the target declares a way to provoke a server failure', function (this: ProviderWorld) {
  requireServerFailureDeclared(this);
});

Given('the provider will fail the next {failingInteraction}', async function (this: ProviderWorld, phrase: FailingInteraction) {
  await provokeServerFailure(this, phrase);
});
