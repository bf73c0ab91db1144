// The consumer suite's steps: each asserts one obligation on the judged recording through one helper.
import { Given, Then } from '@cucumber/cucumber';
import type { Interaction } from '../../spec/interactions.ts';
import type { ConsumerWorld } from './consumer-world.ts';
import './parameter-types.ts';

Given('the recorded traffic of the consumer under test', function (this: ConsumerWorld) {
  // The World has loaded the judgement (or the scenario already failed); nothing to arrange.
});

Then('every {consumerInteraction} request meets {consumerObligation}', function (this: ConsumerWorld, interaction: Interaction, obligation: string) {
  this.expect(obligation, interaction);
});

Then('the consumer meets {consumerObligation}', function (this: ConsumerWorld, obligation: string) {
  this.expect(obligation);
});
