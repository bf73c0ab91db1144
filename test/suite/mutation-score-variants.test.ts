// Sensitivity on another provider than the faithful mock: every fault of the fault catalogue, laid
// on top of the valid variant that combines them all (mocks/variants/mock-variant.ts), is still
// caught by the scenarios of the obligations it breaks. The score is printed into `npm test`
// output; valid-variants.test.ts proves the combined variant itself passes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MOCK_FAULTS, type MockFault } from '../../mocks/faults/mock-fault.ts';
import { COMBINED_VARIANT } from '../../mocks/variants/mock-variant.ts';
import type { AssuranceRun } from '../../src/report/run-assurance.ts';
import { judgeFaultRun } from './judge-fault-run.ts';
import { printMutationScore, type MutationMiss } from './print-mutation-score.ts';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';

// Faults the combined variant leaves nothing to catch in, each with the reason: it declares the very
// choice the fault makes undeclared (a section-3 alternative), or its data cannot show the defect.
const NOT_CATCHABLE_ON_COMBINED: Partial<Record<MockFault, string>> = {
  '401-for-bad-token': 'the combined variant plays auth-401 and declares auth.failureStatuses [401]',
  'unknown-param-400': 'the combined variant plays unknown-param-reject and declares query.unknownParamPolicy reject',
  'ids-case-insensitive': 'the combined variant numbers its appointments, and digits have no case to swap',
};

describe('mutation score on the combined variant', () => {
  const suite = new QuietSuite();
  const faults = (Object.keys(MOCK_FAULTS) as MockFault[]).filter((fault) => NOT_CATCHABLE_ON_COMBINED[fault] === undefined);
  const caught: MockFault[] = [];
  const misses: MutationMiss[] = [];
  let combined: AssuranceRun | undefined;

  before(async () => {
    combined = await suite.run({ mock: { variants: COMBINED_VARIANT } });
  });

  after(() => {
    const pending = Object.entries(NOT_CATCHABLE_ON_COMBINED).map(([fault, reason]) => ({ fault, obligations: MOCK_FAULTS[fault as MockFault].obligations, reason }));
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
