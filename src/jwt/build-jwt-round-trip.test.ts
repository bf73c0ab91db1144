// Every token the harness can build meets the mock provider's checks with the expected outcome, so
// the harness's defects and the mock's rules cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildJwt } from './build-jwt.ts';
import { JWT_DEFECT_NAMES, describeJwtDefect } from './jwt-defects.ts';
import type { JwtDefect } from './jwt-defects.ts';
import { decodeJwt } from '../../mocks/domain/auth/decode-jwt.ts';
import { checkJwtClaims } from '../../mocks/domain/auth/check-jwt-claims.ts';
import { judgeConsumerJwt } from '../../mocks/domain/auth/judge-jwt.ts';
import { INTERACTIONS, INTERACTION_SCOPES } from '../../spec/interactions.ts';
import type { Interaction } from '../../spec/interactions.ts';
import { REFERENCE_JWT_AUDIENCE, REFERENCE_JWT_IAT } from '../../spec/reference-jwt.ts';
import { strictProviderConfig } from '../../mocks/domain/provider-config.ts';
import type { ProviderConfig } from '../../mocks/domain/provider-config.ts';
import type { ProblemCode } from '../../mocks/domain/problem.ts';

const NOW = REFERENCE_JWT_IAT;

function provider(defect: JwtDefect, config: Partial<ProviderConfig> = {}, interaction: Interaction = 'slot-search') {
  const built = buildJwt({ audience: REFERENCE_JWT_AUDIENCE, scope: INTERACTION_SCOPES[interaction], nowSec: NOW, defect });
  const settings = { ...strictProviderConfig, ...config };
  const decoded = decodeJwt(built.authorization ?? null, settings);
  if (!decoded.ok) return decoded;
  return checkJwtClaims(decoded.token, { interaction, nowSec: NOW, audience: REFERENCE_JWT_AUDIENCE, config: settings });
}
const outcome = (result: ReturnType<typeof provider>): ProblemCode | 'accepted' => (result.ok ? 'accepted' : result.problem.code);

// What a strict provider answers to each defect.
const STRICT_PROVIDER: Record<Exclude<JwtDefect, ConsumerOnlyDefect>, ProblemCode | 'accepted'> = {
  'none': 'accepted',
  'missing-authorization': 'AUTH_MISSING',
  'not-bearer': 'AUTH_MALFORMED',
  'garbage-token': 'AUTH_MALFORMED',
  'missing-iss': 'AUTH_CLAIM',
  'missing-sub': 'AUTH_CLAIM',
  'missing-aud': 'AUTH_CLAIM',
  'missing-exp': 'AUTH_CLAIM',
  'missing-iat': 'AUTH_CLAIM',
  'missing-reason_for_request': 'AUTH_CLAIM',
  'missing-requested_scope': 'AUTH_CLAIM',
  'missing-requesting_device': 'AUTH_CLAIM',
  'missing-requesting_organization': 'AUTH_CLAIM',
  'expired': 'AUTH_EXPIRED',
  'expires-now': 'AUTH_EXPIRED',
  'iat-in-future': 'AUTH_NOT_YET_VALID',
  'wrong-aud': 'AUTH_AUDIENCE',
  'aud-trailing-slash': 'AUTH_AUDIENCE',
  'aud-with-ssp-prefix': 'AUTH_AUDIENCE',
  'wrong-scope': 'AUTH_SCOPE',
  'wrong-reason': 'AUTH_CLAIM',
  'signed-hs256': 'AUTH_MALFORMED',
  'no-trailing-dot': 'AUTH_MALFORMED',
  'signature-present': 'AUTH_MALFORMED',
  'alg-hs256-unsigned': 'AUTH_MALFORMED',
  'missing-typ': 'AUTH_MALFORMED',
  'exp-not-integer': 'AUTH_CLAIM',
  'iat-as-string': 'AUTH_CLAIM',
  'device-not-device': 'AUTH_CLAIM',
  'org-without-ods-code': 'AUTH_CLAIM',
  'practitioner-not-practitioner': 'AUTH_CLAIM',
};

// Defects that only break a consumer obligation: a conformant provider must still serve the
// request, so the mock accepts them and consumer assurance reports them instead.
type ConsumerOnlyDefect = 'lifetime-600' | 'sub-not-practitioner-id' | 'http-iss' | 'stale-iat' | 'lowercase-bearer';
const CONSUMER_ONLY: Record<ConsumerOnlyDefect, string> = {
  'lifetime-600': 'JWT-10 binds the consumer; C-30 does not ask providers to refuse a longer lifetime',
  'sub-not-practitioner-id': 'JWT-07 binds the consumer; providers check presence, not the sub/practitioner link',
  'http-iss': 'JWT-06 binds the consumer; no provider obligation inspects iss',
  'stale-iat': 'JWT-25 is a consumer SHOULD; the token is still within its lifetime',
  'lowercase-bearer': 'RFC 7235 makes the scheme case-insensitive; only the consumer form is judged (JWT-01)',
};

test('the tables cover every defect exactly once', () => {
  assert.deepEqual([...Object.keys(STRICT_PROVIDER), ...Object.keys(CONSUMER_ONLY)].sort(), [...JWT_DEFECT_NAMES].sort());
});

test('a strict provider answers each defect with the expected problem code', async (t) => {
  for (const [defect, expected] of Object.entries(STRICT_PROVIDER) as [JwtDefect, ProblemCode | 'accepted'][]) {
    await t.test(defect, () => assert.equal(outcome(provider(defect)), expected));
  }
});

test('consumer-only defects are accepted by the provider and flagged by the consumer judgement', async (t) => {
  for (const defect of Object.keys(CONSUMER_ONLY) as ConsumerOnlyDefect[]) {
    await t.test(defect, () => {
      assert.equal(outcome(provider(defect)), 'accepted');
      const built = buildJwt({ audience: REFERENCE_JWT_AUDIENCE, scope: 'organization/slot.read', nowSec: NOW, defect });
      const flagged = judgeConsumerJwt(built.authorization ?? null, { interaction: 'slot-search', nowSec: NOW, audience: REFERENCE_JWT_AUDIENCE })
        .filter((f) => f.outcome !== 'pass').map((f) => f.obligation);
      assert.deepEqual(flagged, describeJwtDefect(defect).obligations);
    });
  }
});

test('the consumer judgement passes the default token and flags every defect', () => {
  for (const defect of JWT_DEFECT_NAMES) {
    const built = buildJwt({ audience: REFERENCE_JWT_AUDIENCE, scope: 'organization/slot.read', nowSec: NOW, defect });
    const flagged = judgeConsumerJwt(built.authorization ?? null, { interaction: 'slot-search', nowSec: NOW, audience: REFERENCE_JWT_AUDIENCE })
      .filter((f) => f.outcome !== 'pass');
    assert.equal(flagged.length === 0, defect === 'none', `${defect}: ${JSON.stringify(flagged)}`);
  }
});

test('the diagnostics a consumer would see for a missing aud and an expired token', () => {
  assert.deepEqual(provider('missing-aud'), {
    ok: false, problem: { code: 'AUTH_CLAIM', diagnostics: 'The JWT has no aud claim (JWT-04, JWT-05)' },
  });
  assert.deepEqual(provider('expired'), {
    ok: false, problem: { code: 'AUTH_EXPIRED', diagnostics: `The JWT has expired: now ${NOW} is on or after exp ${NOW - 1} (JWT-11)` },
  });
});

test('the lenient switches of section 3 accept what they name, and nothing more', () => {
  assert.equal(outcome(provider('aud-trailing-slash', { audNormalise: true })), 'accepted');
  assert.equal(outcome(provider('aud-with-ssp-prefix', { audNormalise: true })), 'AUTH_AUDIENCE');
  assert.equal(outcome(provider('signed-hs256', { acceptSignedJws: true })), 'accepted');
  assert.equal(outcome(provider('alg-hs256-unsigned', { acceptSignedJws: true })), 'AUTH_MALFORMED');
  assert.equal(outcome(provider('expired', { clockSkewSeconds: 30 })), 'accepted');
  assert.equal(outcome(provider('iat-in-future', { clockSkewSeconds: 30 })), 'AUTH_NOT_YET_VALID');
  assert.equal(outcome(provider('wrong-scope', { writeImpliesRead: true }, 'appointment-read')), 'AUTH_SCOPE');
});

test('every interaction accepts its own scope and refuses the wrong one', () => {
  for (const interaction of INTERACTIONS) {
    assert.equal(outcome(provider('none', {}, interaction)), 'accepted', interaction);
    assert.equal(outcome(provider('wrong-scope', {}, interaction)), 'AUTH_SCOPE', interaction);
  }
});
