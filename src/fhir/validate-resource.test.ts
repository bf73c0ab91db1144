import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalogueExample } from './catalogue-examples.ts';
import { createSchemaRegistry } from './schema-registry.ts';
import { createFhirValidator } from './validate-resource.ts';

const registry = createSchemaRegistry();
// Hermetic: an FHIR_VALIDATOR_JAR in the environment must not switch the Java layer on here.
const validator = createFhirValidator({ registry, javaValidator: { env: {} } });

test('the reference payloads are valid through every offline layer', async () => {
  for (const [name, type] of [
    ['searchset-bundle', undefined], ['booking-request', 'AppointmentCreateRequest'],
    ['slot-taken-outcome', 'OperationOutcome'], ['capability-statement', undefined],
  ] as const) {
    assert.deepEqual(await validator.validate(loadCatalogueExample(name), type), { valid: true, errors: [], warnings: [] }, name);
  }
});

test('schema and FHIRPath findings are combined, schema first', async () => {
  const bundle = loadCatalogueExample('searchset-bundle');
  bundle.entry[0].resource.status = 'maybe';
  bundle.entry[2].resource.actor.push({ reference: 'HealthcareService/hcs-ooh' });
  bundle.entry[2].resource.foo = 1;
  const result = await validator.validate(bundle);
  assert.equal(result.valid, false);
  assert.deepEqual(result.errors.map((m) => [m.source, m.message]), [
    ['schema', 'Bundle/entry/0/resource/status must be one of free, busy'],
    ['fhirpath', 'Bundle/entry/2/resource/actor must have exactly one HealthcareService actor (ba-sch-1)'],
  ]);
  assert.deepEqual(result.warnings.map((m) => [m.source, m.message]), [
    ['schema', 'Bundle/entry/2/resource/foo is not an element of Schedule in FHIR STU3 (unknown elements are ignored)'],
  ]);
});

test('the expected type wins over the body\'s own resourceType', async () => {
  const result = await validator.validate(loadCatalogueExample('slot-taken-outcome'), 'Appointment');
  assert.equal(result.valid, false);
  assert.equal(result.errors[0]?.message, 'Appointment/contained is required');
  assert.ok(result.errors.some((m) => m.message === 'Appointment/resourceType must be Appointment'));
});

test('values that are not resources, and unknown types', async () => {
  assert.deepEqual((await validator.validate('oops')).errors.map((m) => m.message), ['Resource must be a JSON object with a resourceType']);
  assert.deepEqual((await validator.validate({ resourceType: 'Device' })).errors.map((m) => m.message), [
    'Device/resourceType Device is not a resource type this harness validates',
  ]);
  await assert.rejects(validator.validate({}, 'Sloot'), { name: 'TypeError', message: 'unknown FHIR schema kind "Sloot"' });
});

test('the Java layer is off without a JAR and reports why when its JAR is missing', async () => {
  assert.deepEqual(validator.javaValidatorStatus(), { available: false, state: 'not-configured', reason: 'not configured: set FHIR_VALIDATOR_JAR or the jarPath option' });
  const lines: string[] = [];
  const withJava = createFhirValidator({ registry, javaValidator: { jarPath: '/nonexistent/validator_cli.jar', warn: (l) => lines.push(l) } });
  const result = await withJava.validate(loadCatalogueExample('booking-request'), 'AppointmentCreateRequest');
  assert.deepEqual(result, { valid: true, errors: [], warnings: [] });
  assert.deepEqual(withJava.javaValidatorStatus(), {
    available: false, state: 'unavailable', reason: 'FHIR validator JAR not found at /nonexistent/validator_cli.jar', jarPath: '/nonexistent/validator_cli.jar',
  });
  assert.equal(lines.length, 1);
  await withJava.close();
});
