// Specificity, the dual of the mutation score: the suite passes every valid variant of the mock
// (mocks/variants/mock-variant.ts), each a choice a conformant provider may make, declared in its
// target the way a supplier would; and on the variant combining them all, every fault of the fault
// catalogue is still caught. Both scores are printed into `npm test` output.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MOCK_FAULTS, type MockFault } from '../../mocks/faults/mock-fault.ts';
import { COMBINED_VARIANT, MOCK_VARIANTS, type MockVariant } from '../../mocks/variants/mock-variant.ts';
import { describeMockTarget } from '../../src/targets/describe-mock-target.ts';
import { describeVariantTarget } from '../../src/targets/describe-variant-target.ts';
import { validateTargetConfig } from '../../src/targets/validate-target-config.ts';
import type { AssuranceRun } from '../../src/report/run-assurance.ts';
import { formatVariantScore, type VariantMiss } from './format-variant-score.ts';
import { judgeFaultRun } from './judge-fault-run.ts';
import { printMutationScore, type MutationMiss } from './print-mutation-score.ts';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';

const VARIANTS: readonly (readonly [string, readonly MockVariant[]])[] = [
  ...(Object.keys(MOCK_VARIANTS) as MockVariant[]).map((variant) => [variant, [variant]] as const),
  ['combined', COMBINED_VARIANT],
];

// Faults that are no longer faults on the combined variant: it declares the very choice the fault
// makes without declaring it (a section-3 alternative), so its target allows it.
const ALLOWED_BY_COMBINED: Partial<Record<MockFault, string>> = {
  '401-for-bad-token': 'the combined variant plays auth-401 and declares auth.failureStatuses [401]',
  'unknown-param-400': 'the combined variant plays unknown-param-reject and declares query.unknownParamPolicy reject',
};

/** The scenarios of a run that neither passed nor skipped: on a valid variant, each is a false verdict. */
function falseVerdicts(run: AssuranceRun): string[] {
  return run.results.filter((r) => r.verdict === 'fail' || r.verdict === 'inconclusive').map((r) => `${r.name}: ${r.verdict} (${r.reason ?? ''})`);
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
      assert.ok(run.results.filter((r) => r.verdict === 'skipped').every((r) => (r.reason ?? '').startsWith('SKIPPED_')));
      assert.equal(run.exitCode, 0);
      assert.ok(run.results.length >= 100);
    });
  }
});

describe('mutation score on the combined variant', () => {
  const suite = new QuietSuite();
  const faults = (Object.keys(MOCK_FAULTS) as MockFault[]).filter((fault) => ALLOWED_BY_COMBINED[fault] === undefined);
  const caught: MockFault[] = [];
  const misses: MutationMiss[] = [];
  let combined: AssuranceRun | undefined;

  before(async () => {
    combined = await suite.run({ mock: { variants: COMBINED_VARIANT } });
  });

  after(() => {
    const pending = Object.entries(ALLOWED_BY_COMBINED).map(([fault, reason]) => ({ fault, obligations: MOCK_FAULTS[fault as MockFault].obligations, reason }));
    printMutationScore('providers on the combined variant', caught.length, caught.length + misses.length, misses, { pending });
  });

  for (const fault of faults) {
    const obligations = MOCK_FAULTS[fault].obligations;
    it(`${fault} on the combined variant fails ${obligations.join(', ')}`, async (t) => {
      const tagged = new Set(combined?.results.flatMap((r) => r.obligations));
      if (obligations.some((o) => !tagged.has(o))) {
        t.skip('no scenario checks it yet');
        return;
      }
      const run = await suite.run({ tags: obligations.map((o) => `@${o}`).join(' or '), mock: { variants: COMBINED_VARIANT, faults: [fault] } });
      const judged = judgeFaultRun(run.results, obligations);
      if (judged.missedOn.length === 0) caught.push(fault);
      else misses.push({ fault, obligations: judged.missedOn.map((m) => m.obligation), reason: judged.missedOn.map((m) => `${m.obligation}: ${m.reason}`).join('; ') });
      const verdicts = JSON.stringify(verdictsOf(run), null, 2);
      assert.deepEqual(judged.missedOn, [], verdicts);
      assert.deepEqual(judged.problems, [], verdicts);
    });
  }
});
