// Specificity, the dual of the mutation score: the suite passes every valid variant of the mock
// (mocks/variants/mock-variant.ts), each a choice a conformant provider may make, declared in its
// target the way a supplier would, with no failing or inconclusive scenario. The score is printed
// into `npm test` output beside the mutation scores; mutation-score-variants.test.ts proves the
// faults are still caught on the variant combining them all.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMBINED_VARIANT, MOCK_VARIANTS, type MockVariant } from '../../mocks/variants/mock-variant.ts';
import { describeMockTarget } from '../../src/targets/describe-mock-target.ts';
import { describeVariantTarget } from '../../src/targets/describe-variant-target.ts';
import { validateTargetConfig } from '../../src/targets/validate-target-config.ts';
import type { AssuranceRun } from '../../src/report/run-assurance.ts';
import { formatVariantScore, type VariantMiss } from './format-variant-score.ts';
import { QuietSuite } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const VARIANTS: readonly (readonly [string, readonly MockVariant[]])[] = [
  ...(Object.keys(MOCK_VARIANTS) as MockVariant[]).map((variant) => [variant, [variant]] as const),
  ['combined', COMBINED_VARIANT],
];

/** The scenarios of a run that neither passed nor skipped: on a valid variant, each is a false verdict. */
function falseVerdicts(run: AssuranceRun): string[] {
  return run.results.filter((r) => r.verdict === 'fail' || r.verdict === 'inconclusive').map((r) => `${r.name}: ${r.verdict} (${reasonText(r) ?? ''})`);
}

describe('valid variants (specificity)', () => {
  const suite = new QuietSuite();
  const misses: VariantMiss[] = [];

  after(() => {
    for (const line of formatVariantScore(VARIANTS.length, misses)) console.log(line);
  });

  it(`the catalogue has at least 25 variants plus the combined one`, () => {
    assert.ok(VARIANTS.length >= 26, `only ${VARIANTS.length}`);
    assert.ok(COMBINED_VARIANT.length >= 20);
  });

  for (const [name, variants] of VARIANTS) {
    it(`${name}: every scenario passes or says why it skips`, async () => {
      const declared = describeVariantTarget(describeMockTarget({ baseUrl: 'http://127.0.0.1:4000/STU3/1/careconnect/booking' }), variants);
      assert.deepEqual(validateTargetConfig(declared, process.cwd()), [], 'the variant declares itself in a valid target file');
      const run = await suite.run({ mock: { variants } });
      const wrong = falseVerdicts(run);
      if (wrong.length > 0) misses.push({ variant: name, scenarios: wrong });
      assert.deepEqual(wrong, []);
      assert.ok(run.results.filter((r) => r.verdict === 'skipped').every((r) => (reasonText(r) ?? '').startsWith('SKIPPED_')));
      assert.equal(run.exitCode, 0);
      assert.ok(run.results.length >= 100);
    });
  }
});

