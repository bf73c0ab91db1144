// JWT and authorisation (section 2.3 of the obligations catalogue).
import { Given, Then, When } from '@cucumber/cucumber';
import { expectAuthRefusal } from '../src/assertions/expect-auth-refusal.ts';
import { pinProviderClock } from '../src/drivers/pin-provider-clock.ts';
import { expiringIn } from '../src/drivers/token-timing.ts';
import type { PractitionerMode } from '../src/jwt/default-jwt-claims.ts';
import type { JwtDefect } from '../src/jwt/jwt-defects.ts';
import type { ProviderWorld } from './support/provider-world.ts';

Given('the consumer\'s token has the defect {jwtDefect}', function (this: ProviderWorld, defect: JwtDefect) {
  this.tokens.useDefect(defect);
});

Given('the token is timed by the provider\'s clock', async function (this: ProviderWorld) {
  this.tokens.timeByProvider(await pinProviderClock(this));
});

Given('the consumer\'s token expires in {int} seconds', function (this: ProviderWorld, seconds: number) {
  this.tokens.useClaims(expiringIn(seconds, this.tokens.pinnedProviderNowSec()));
});

When('the consumer searches for slots with a token carrying {practitionerMode}', async function (this: ProviderWorld, mode: PractitionerMode) {
  await this.searches.send(this.searches.current, `token with ${mode} practitioner`, { token: { practitioner: mode } });
});

Then('the request is refused as unauthorised', function (this: ProviderWorld) {
  expectAuthRefusal(this.exchanges.lastResponse(), this.obligations, this.target.policy, this.warn);
});
