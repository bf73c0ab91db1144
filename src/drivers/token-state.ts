// How the scenario's tokens differ from the spec defaults: a named defect, the practitioner claim,
// explicit claims, and the provider clock they are timed by. Resolved into a TokenSpec per request.
import type { TokenSpec } from '../client/target-client.ts';
import type { PractitionerMode } from '../jwt/default-jwt-claims.ts';
import type { JwtDefect } from '../jwt/jwt-defects.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { tokenClockFor } from './token-timing.ts';

export class TokenState {
  #defect: JwtDefect = 'none';
  #practitioner: PractitionerMode = 'present';
  #overrides: Record<string, unknown> | undefined;
  #providerNowSec: number | undefined;

  get defect(): JwtDefect {
    return this.#defect;
  }

  useDefect(defect: JwtDefect): void {
    this.#defect = defect;
  }

  usePractitioner(mode: PractitionerMode): void {
    this.#practitioner = mode;
  }

  useClaims(overrides: Record<string, unknown>): void {
    this.#overrides = { ...this.#overrides, ...overrides };
  }

  timeByProvider(nowSec: number): void {
    this.#providerNowSec = nowSec;
  }

  /** The provider clock a scenario pinned with "the token is timed by the provider's clock"; asking first is our defect. */
  pinnedProviderNowSec(): number {
    if (this.#providerNowSec === undefined) throw new HarnessDefect('HARNESS_ERROR', 'a step needs the provider\'s clock before "the token is timed by the provider\'s clock" read it');
    return this.#providerNowSec;
  }

  /** The TokenSpec for a request sent at `localNowSec`, against a target allowing `skewSeconds`. */
  spec(localNowSec: number, skewSeconds: number): TokenSpec {
    return {
      defect: this.#defect,
      practitioner: this.#practitioner,
      nowSec: tokenClockFor(this.#defect, this.#providerNowSec ?? localNowSec, skewSeconds),
      ...(this.#overrides ? { overrides: this.#overrides } : {}),
    };
  }
}
