import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJavaValidator, startGuarded } from './java-validator.ts';
import type { ValidatorWrapper } from './java-validator.ts';

const slot = { resourceType: 'Slot', id: 's1' };
const scratch = mkdtempSync(join(tmpdir(), 'java-validator-test-'));
const corruptJar = join(scratch, 'validator_cli.jar');
writeFileSync(corruptJar, 'not a jar');
const hasJava = !spawnSync('java', ['-version'], { stdio: 'ignore' }).error;

const collectWarnings = () => {
  const lines: string[] = [];
  return { lines, warn: (line: string) => { lines.push(line); } };
};

test('without a configured JAR the layer is off, silently', async () => {
  const { lines, warn } = collectWarnings();
  const java = createJavaValidator({ env: {}, warn });
  assert.deepEqual(await java.validate(slot, 'Slot'), []);
  assert.deepEqual(java.status(), { available: false, state: 'not-configured', reason: 'not configured: set FHIR_VALIDATOR_JAR or the jarPath option' });
  assert.deepEqual(lines, []);
});

test('a missing JAR reports unavailable once and never throws', async () => {
  const { lines, warn } = collectWarnings();
  const jarPath = join(scratch, 'absent', 'validator_cli.jar');
  const java = createJavaValidator({ env: { FHIR_VALIDATOR_JAR: jarPath }, warn });
  assert.equal(java.status().state, 'idle');
  for (let i = 0; i < 3; i += 1) assert.deepEqual(await java.validate(slot, 'Slot'), []);
  assert.deepEqual(java.status(), { available: false, state: 'unavailable', reason: `FHIR validator JAR not found at ${jarPath}`, jarPath });
  assert.deepEqual(lines, [`FHIR Java validator unavailable, continuing with the offline layer only: FHIR validator JAR not found at ${jarPath}`]);
  assert.deepEqual(await java.start(), java.status());
  await java.stop();
});

test('a JAR that java cannot run reports unavailable with the reason', { skip: hasJava ? false : 'java is not installed' }, async () => {
  const { lines, warn } = collectWarnings();
  const java = createJavaValidator({ jarPath: corruptJar, warn, startTimeoutMs: 20_000 });
  const [a, b] = await Promise.all([java.validate(slot, 'Slot'), java.validate(slot, 'Slot')]);
  assert.deepEqual([a, b], [[], []]);
  const status = java.status();
  assert.equal(status.available, false);
  assert.equal(status.state, 'unavailable');
  assert.match(status.reason ?? '', /^Validator exited with code 1/);
  assert.equal(lines.length, 1);
  await java.stop();
});

test('a spawn failure (java not on PATH) is caught, not thrown as an uncaught exception', async () => {
  const FhirValidator = createRequire(import.meta.url)('fhir-validator-wrapper') as new (jar: string, logger: unknown) => ValidatorWrapper;
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const wrapper = new FhirValidator(corruptJar, quiet);
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => { uncaught.push(error); };
  process.on('uncaughtException', onUncaught);
  const savedPath = process.env.PATH;
  process.env.PATH = join(scratch, 'no-java-here');
  try {
    const result = await startGuarded(wrapper, { version: '3.0.1', txServer: 'n/a', txLog: join(scratch, 'tx.log'), port: 1, timeout: 5_000 });
    assert.deepEqual(result, { ok: false, reason: 'spawn java ENOENT' });
  } finally {
    process.env.PATH = savedPath;
    process.off('uncaughtException', onUncaught);
    await wrapper.stop();
  }
  assert.deepEqual(uncaught, []);
});
