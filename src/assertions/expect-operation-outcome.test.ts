import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePolicy, STRICT_POLICY } from '../targets/conformance-policy.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import type { WarningRecord } from '../verdict/verdict.ts';
import { expectAuthRefusal } from './expect-auth-refusal.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { fakeExchange, FHIR_JSON_HEADERS } from './fake-exchange.ts';

const OUTCOME = {
  resourceType: 'OperationOutcome',
  id: 'mock-1',
  issue: [{ severity: 'error', code: 'invalid', diagnostics: 'start=geNOTADATE is not a date', expression: ['start'], details: { coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1', code: 'INVALID_PARAMETER' }] } }],
};

function run(answer: Parameters<typeof fakeExchange>[0], statuses: number[], policy = STRICT_POLICY) {
  const warnings: WarningRecord[] = [];
  try {
    expectOperationOutcome(fakeExchange(answer), { statuses, obligations: ['SLOT-35'] }, policy, (w) => warnings.push(w));
    return { warnings };
  } catch (error) {
    assert.ok(error instanceof ConformanceFailure);
    return { failure: error, warnings };
  }
}

describe('expectOperationOutcome', () => {
  it('accepts a complete outcome without warnings', () => {
    assert.deepEqual(run({ status: 400, body: OUTCOME }, [400]), { warnings: [] });
  });

  const table: readonly [string, Parameters<typeof fakeExchange>[0], string, readonly string[]][] = [
    ['a wrong status', { status: 500, body: OUTCOME }, 'STATUS_MISMATCH', ['SLOT-35']],
    ['no body at all (ERR-01)', { status: 400, headers: {} }, 'BODY_EMPTY', ['SLOT-35', 'ERR-01']],
    ['another resource', { status: 400, body: { resourceType: 'Bundle' } }, 'WRONG_RESOURCE_TYPE', ['SLOT-35', 'ERR-01']],
    ['a plain JSON label', { status: 400, body: OUTCOME, headers: { 'content-type': 'application/json' } }, 'CONTENT_TYPE', ['SLOT-35', 'ERR-01', 'HTTP-07']],
    ['no id (ERR-02)', { status: 400, body: { ...OUTCOME, id: undefined } }, 'OUTCOME_INCOMPLETE', ['ERR-02']],
    ['an unknown issue code (ERR-02)', { status: 400, body: { ...OUTCOME, issue: [{ severity: 'error', code: 'oops' }] } }, 'OUTCOME_INCOMPLETE', ['ERR-02']],
  ];
  for (const [name, answer, code, obligations] of table) {
    it(`fails on ${name}`, () => {
      const { failure } = run(answer, [400]);
      assert.equal(failure?.code, code);
      assert.deepEqual(failure?.obligations, obligations);
    });
  }

  it('names every gap of ERR-02 in one message', () => {
    const { failure } = run({ status: 400, body: { resourceType: 'OperationOutcome', issue: [{ severity: 'bad', code: 'oops' }] } }, [400]);
    assert.equal(failure?.reason, 'the OperationOutcome lacks the required minimum: it has no id; issue[0].severity "bad" is not one of fatal, error, warning, information; issue[0].code "oops" is not an IssueType code');
  });

  it('warns (ERR-03) when a 400 neither explains nor points at the parameter', () => {
    const { warnings } = run({ status: 400, body: { resourceType: 'OperationOutcome', id: 'o', issue: [{ severity: 'error', code: 'invalid', details: { coding: [{ system: 'urn:other' }] } }] } }, [400]);
    assert.deepEqual(warnings.map((w) => w.code), ['OUTCOME_NO_DIAGNOSTICS', 'OUTCOME_NO_LOCATION', 'OUTCOME_UNKNOWN_CODE_SYSTEM']);
  });

  it('only warns about a missing outcome when errors.requireOutcome is relaxed', () => {
    const { failure, warnings } = run({ status: 400, headers: {} }, [400], resolvePolicy({ errors: { requireOutcome: false } }));
    assert.equal(failure, undefined);
    assert.equal(warnings[0].code, 'OUTCOME_MISSING');
  });
});

describe('expectAuthRefusal', () => {
  it('accepts 401 only when the target relaxes auth.failureStatuses (C-04)', () => {
    const exchange = fakeExchange({ status: 401, body: { ...OUTCOME, issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'expired' }] }, headers: FHIR_JSON_HEADERS });
    assert.throws(() => expectAuthRefusal(exchange, ['JWT-11'], STRICT_POLICY, () => undefined), { code: 'STATUS_MISMATCH', obligations: ['JWT-11', 'JWT-22'] });
    assert.doesNotThrow(() => expectAuthRefusal(exchange, ['JWT-11'], resolvePolicy({ auth: { failureStatuses: [400, 401, 403] } }), () => undefined));
  });
  it('requires WWW-Authenticate in RFC 6750 mode', () => {
    const exchange = fakeExchange({ status: 403, body: OUTCOME });
    assert.throws(() => expectAuthRefusal(exchange, [], resolvePolicy({ auth: { rfc6750Mode: true } }), () => undefined), { code: 'WWW_AUTHENTICATE_MISSING' });
  });
});
