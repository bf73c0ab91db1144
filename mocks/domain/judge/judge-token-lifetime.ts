// JWT-26 (new, derived from JWT-10/11/12/13 and JWT-25): the token a consumer sends must be valid when
// it is sent, i.e. a strict provider (0 s skew, C-30) would accept it on time grounds: iat is not
// after the send time, and the send time is before exp. An expired or not-yet-valid token means the
// consumer reused a token or its clock is not synchronised.
import { parseCompactJwt } from '../auth/parse-compact-jwt.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';

/** Undefined when the header holds no decodable token with integer iat and exp (JWT-01/10 say why). */
export function judgeTokenLifetime(authorization: string | null, nowSec: number): Finding | undefined {
  const token = authorization?.trim().split(/\s+/)[1];
  if (token === undefined) return undefined;
  const parsed = parseCompactJwt(token);
  if (!parsed.ok) return undefined;
  const { iat, exp } = parsed.claims;
  if (!Number.isInteger(iat) || !Number.isInteger(exp)) return undefined;
  const evidence = { iat, exp, sentAt: nowSec };
  if (nowSec >= (exp as number)) {
    return finding('JWT-26', 'fail', `the token had expired when it was sent: sent at ${nowSec}, ${nowSec - (exp as number)} s on or after exp ${String(exp)}`, evidence);
  }
  if ((iat as number) > nowSec) {
    return finding('JWT-26', 'fail', `the token was issued in the future: iat ${String(iat)} is ${(iat as number) - nowSec} s after the send time ${nowSec} (is the clock synchronised? JWT-13)`, evidence);
  }
  return finding('JWT-26', 'pass', 'the token was within its lifetime when sent');
}
