// `assure --provider`: the provider suite against the embedded mock loaded with a provider file,
// described by a target derived from the file. The default provider (a file like any other) passes
// as the built-in target does; the example passes everything its data supports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PROVIDER_FILE } from '../../mocks/fixtures/default-fixture.ts';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const suite = new QuietSuite();
const TRUMPTON = fileURLToPath(new URL('../../examples/trumpton.provider.yaml', import.meta.url));

describe('the provider suite against the mock running a provider file', () => {
  it('the default provider file: no scenario fails, and only the built-in target\'s skips remain', async () => {
    const run = await suite.run({ mock: { provider: DEFAULT_PROVIDER_FILE } });
    assert.deepEqual(run.results.filter((r) => r.verdict === 'fail' || r.verdict === 'inconclusive').map((r) => `${r.name}: ${reasonText(r)}`), []);
    const skips = new Set(run.results.filter((r) => r.verdict === 'skipped').map((r) => reasonText(r)?.split(' (')[0]));
    assert.deepEqual([...skips].sort(), [
      'SKIPPED_NOT_DECLARED: the target is served over plain HTTP',
      'SKIPPED_TARGET_DATA: the target declares no services.withoutSlots',
    ], JSON.stringify(verdictsOf(run), null, 2));
    assert.equal(run.exitCode, 0);
  });

  it('the issue example: everything its data holds passes (it holds no practitioners or locations to include)', async () => {
    const run = await suite.run({ mock: { provider: TRUMPTON }, tags: 'not @SLOT-20 and not @SLOT-34' });
    assert.deepEqual(run.results.filter((r) => r.verdict === 'fail' || r.verdict === 'inconclusive').map((r) => `${r.name}: ${reasonText(r)}`), []);
    assert.ok(run.results.filter((r) => r.verdict === 'pass').length > 150);
    assert.equal(run.exitCode, 0);
  });
});
