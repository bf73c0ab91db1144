import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkJwtClaims } from '../domain/auth/check-jwt-claims.ts';
import { decodeJwt } from '../domain/auth/decode-jwt.ts';
import { REFERENCE_JWT_CLAIMS } from '../../spec/reference-jwt.ts';
import { strictProviderConfig } from '../domain/provider-config.ts';
import { buildDefaultFixture } from '../fixtures/default-fixture.ts';
import type { FaultContext } from './fault-behaviour.ts';
import { faultHooks } from './fault-hooks.ts';
import type { MockFault } from './mock-fault.ts';
import { bearerClaims, unsignedJwt } from './rewrite-request.ts';

const BASE = 'https://p.example/base';
const NOW = Date.parse('2026-03-16T09:00:00Z');
const NOW_SEC = NOW / 1000;
const ctx: FaultContext = { interaction: 'slot-search', method: 'GET', url: `${BASE}/Slot`, baseUrl: BASE, nowMs: NOW, data: buildDefaultFixture(NOW), currentAppointment: () => undefined };
const VALID = { ...REFERENCE_JWT_CLAIMS, aud: BASE, iat: NOW_SEC, exp: NOW_SEC + 300 };

const withClaims = (claims?: Record<string, unknown>) => new Request(`${BASE}/Slot`, { headers: claims ? { Authorization: `Bearer ${unsignedJwt(claims)}` } : {} });

/** The problem code the faithful checks give the request the faulty provider reads, or 'accepted'. */
async function verdict(fault: MockFault | undefined, request: Request): Promise<string> {
  const read = fault ? await faultHooks(new Set([fault])).request(request, ctx) : request;
  const decoded = decodeJwt(read.headers.get('authorization'), strictProviderConfig);
  if (!decoded.ok) return decoded.problem.code;
  const checked = checkJwtClaims(decoded.token, { interaction: 'slot-search', nowSec: NOW_SEC, audience: BASE, config: strictProviderConfig });
  return checked.ok ? 'accepted' : checked.problem.code;
}

const { requesting_device: _device, ...withoutDevice } = VALID;

describe('token faults: a check the provider skips', () => {
  const table: readonly [MockFault, string, Request, string][] = [
    ['missing-claim-accepted', 'no requesting_device', withClaims(withoutDevice), 'AUTH_CLAIM'],
    ['wrong-aud-accepted', 'aud of another provider', withClaims({ ...VALID, aud: 'https://elsewhere.example/STU3/1' }), 'AUTH_AUDIENCE'],
    ['wrong-scope-accepted', 'the write scope for a search', withClaims({ ...VALID, requested_scope: 'patient/appointment.write' }), 'AUTH_SCOPE'],
    ['future-iat-accepted', 'iat two minutes ahead', withClaims({ ...VALID, iat: NOW_SEC + 120, exp: NOW_SEC + 420 }), 'AUTH_NOT_YET_VALID'],
    ['no-auth-check', 'no token at all', withClaims(), 'AUTH_MISSING'],
  ];
  for (const [fault, defect, request, faithful] of table) {
    it(`${fault}: a token with ${defect} is refused (${faithful}) by the faithful checks, accepted by the faulty provider`, async () => {
      assert.equal(await verdict(undefined, request.clone()), faithful);
      assert.equal(await verdict(fault, request), 'accepted');
    });
  }

  it('no-auth-check still serves the organisation the token names', async () => {
    const organization = { resourceType: 'Organization', identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'B2002' }] };
    const read = await faultHooks(new Set<MockFault>(['no-auth-check'])).request(withClaims({ ...VALID, exp: NOW_SEC - 10, requesting_organization: organization }), ctx);
    assert.deepEqual(bearerClaims(read)?.requesting_organization, organization);
  });

  it('practitioner-required and practitioner-identifiers-required refuse what the faithful checks accept', async () => {
    const { requesting_practitioner: practitioner, ...noPractitioner } = VALID;
    const sdsOnly = { ...practitioner, identifier: [practitioner.identifier[0]] };
    const refuse = async (fault: MockFault, claims: Record<string, unknown>) => (await faultHooks(new Set([fault])).refuse(withClaims(claims), ctx))?.code;
    assert.equal(await refuse('practitioner-required', noPractitioner), 'AUTH_CLAIM');
    assert.equal(await refuse('practitioner-required', VALID), undefined);
    assert.equal(await refuse('practitioner-identifiers-required', { ...VALID, requesting_practitioner: sdsOnly }), 'AUTH_CLAIM');
    assert.equal(await refuse('practitioner-identifiers-required', VALID), undefined);
  });
});
