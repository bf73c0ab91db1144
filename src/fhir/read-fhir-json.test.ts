import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { fakeExchange } from '../assertions/fake-exchange.ts';
import { readFhirJson, readResource } from './read-fhir-json.ts';

function failureOf(run: () => unknown): ConformanceFailure {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ConformanceFailure, `expected a ConformanceFailure, got ${String(error)}`);
    return error;
  }
  return assert.fail('expected a conformance failure');
}

describe('readFhirJson', () => {
  const table: readonly [string, Parameters<typeof fakeExchange>[0], string, string, readonly string[]][] = [
    ['a body over the cap', { bodyProblem: { kind: 'too-large', limitBytes: 1024 } }, 'BODY_TOO_LARGE', 'response body exceeds 1024 bytes', ['SLOT-25']],
    ['an undecodable gzip body', { bodyProblem: { kind: 'undecodable', encoding: 'gzip', message: 'incorrect header check' } }, 'BODY_UNDECODABLE', 'the gzip body cannot be decoded (incorrect header check)', ['SLOT-25', 'HTTP-08']],
    ['an empty body', { status: 404 }, 'BODY_EMPTY', 'the 404 response has no body', ['SLOT-25']],
    ['an HTML error page', { body: '<!DOCTYPE html><html><body>Bad gateway</body></html>' }, 'BODY_NOT_JSON', 'the body is not valid JSON', ['SLOT-25']],
  ];
  for (const [name, answer, code, reason, obligations] of table) {
    it(`fails the check's obligations on ${name}`, () => {
      const failure = failureOf(() => readFhirJson(fakeExchange(answer), ['SLOT-25']));
      assert.equal(failure.code, code);
      assert.ok(failure.reason.startsWith(reason), failure.reason);
      assert.deepEqual(failure.obligations, obligations);
      assert.equal(failure.exchangeId, 'x-test-1');
    });
  }

  it('names markup for what it is', () => {
    const failure = failureOf(() => readFhirJson(fakeExchange({ body: '<html>oops</html>' }), ['CAP-01']));
    assert.equal(failure.actual, 'markup, not JSON: <html>oops</html>');
  });

  it('checks the resource type', () => {
    const failure = failureOf(() => readResource(fakeExchange({ body: { resourceType: 'Bundle' } }), 'CapabilityStatement', ['CAP-01']));
    assert.equal(failure.message, 'CAP-01 WRONG_RESOURCE_TYPE: the body is not a CapabilityStatement\n  expected: resourceType CapabilityStatement\n  actual:   resourceType Bundle\n  exchange: x-test-1');
  });
});
