// Server failures answered with 500 + OperationOutcome (SLOT-37, ERR-04, READ-08, REG-06).
import { Given } from '@cucumber/cucumber';
import { provokeServerFailure, requireServerFailureDeclared, type FailingInteraction } from '../src/drivers/provoke-server-failure.ts';
import type { ProviderWorld } from './support/provider-world.ts';

Given('the target declares a way to provoke a server failure', function (this: ProviderWorld) {
  requireServerFailureDeclared(this);
});

Given('the provider will fail the next {failingInteraction}', async function (this: ProviderWorld, phrase: FailingInteraction) {
  await provokeServerFailure(this, phrase);
});
