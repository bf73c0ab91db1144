// Which clock a token is timed by. Time-boundary defects are timed by the provider's clock (JWT-13:
// the two clocks may differ) and moved past the skew the target is allowed (C-30), so that a
// lenient provider is judged by its own tolerance, not ours.
import type { JwtDefect } from '../jwt/jwt-defects.ts';

// JWT-11: expiry defects move back by the skew; JWT-12: a future iat moves forward by it.
const SKEW_DIRECTION: Partial<Record<JwtDefect, -1 | 1>> = {
  'expired': -1,
  'expires-now': -1,
  'iat-in-future': 1,
};

export function tokenClockFor(defect: JwtDefect, providerNowSec: number, skewSeconds: number): number {
  return providerNowSec + (SKEW_DIRECTION[defect] ?? 0) * skewSeconds;
}

/** JWT-11: a token that is still valid for `seconds` more by the provider's clock (exp = iat + 300). */
export function expiringIn(seconds: number, providerNowSec: number): Record<string, number> {
  return { iat: providerNowSec + seconds - 300, exp: providerNowSec + seconds };
}
