// The optional credential of the admin surface. Compared in constant time: the admin surface can
// reset, refill and re-clock the mock, so it should not leak the token one byte at a time.
import { createHash, timingSafeEqual } from 'node:crypto';

export const ADMIN_TOKEN_HEADER = 'X-Admin-Token';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** True when no token is configured, or the request sent exactly the configured one. */
export function hasAdminToken(expected: string | undefined, sent: string | null): boolean {
  if (expected === undefined) return true;
  return sent !== null && timingSafeEqual(digest(expected), digest(sent));
}
