// The offset scenarios (SLOT-16, TIME-03) must not depend on the time of day. The default fixture
// has slots from 08:00 to 17:40 UTC only, so a window tied to "now" can fall in hours without any
// slot, where a provider that ignores offsets answers the same as a faithful one. With the mock's
// clock (and the suite's) frozen at hours before, inside, between and after the opening hours,
// the faithful mock passes and every provider that mishandles offsets is caught.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MockFault } from '../../mocks/faults/mock-fault.ts';
import { judgeFaultRun } from './judge-fault-run.ts';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const OBLIGATIONS = ['SLOT-16', 'TIME-03'];
const TAGS = OBLIGATIONS.map((id) => `@${id}`).join(' or ');
// 22:40 to 02:30 UTC is where the window of "now to now + 2 days" used to see no difference.
const HOURS = ['2026-03-16T00:30:00Z', '2026-03-16T02:00:00Z', '2026-03-16T08:00:00Z', '2026-03-16T17:50:00Z', '2026-03-16T23:00:00Z'];
const FAULTS: readonly MockFault[] = ['start-compared-as-string', 'non-utc-offset-refused'];

const suite = new QuietSuite();

describe('the offset scenarios at any time of day', () => {
  for (const at of HOURS) {
    const nowMs = Date.parse(at);

    it(`pass against the faithful mock frozen at ${at}`, async () => {
      const run = await suite.run({ tags: TAGS, mock: { nowMs } });
      const ran = run.results.filter((r) => r.verdict !== 'not-run');
      assert.ok(ran.filter((r) => r.obligations.includes('SLOT-16')).length >= 4, JSON.stringify(verdictsOf(run), null, 2));
      assert.deepEqual(ran.filter((r) => r.verdict !== 'pass').map((r) => `${r.name}: ${r.verdict} (${reasonText(r)})`), []);
    });

    for (const fault of FAULTS) {
      it(`catch ${fault} with the clock frozen at ${at}`, async () => {
        const run = await suite.run({ tags: TAGS, mock: { faults: [fault], nowMs } });
        const judged = judgeFaultRun(run.results, OBLIGATIONS);
        const verdicts = JSON.stringify(verdictsOf(run), null, 2);
        assert.deepEqual(judged.caughtOn, OBLIGATIONS, verdicts);
        assert.deepEqual(judged.problems, [], verdicts);
        assert.deepEqual(judged.notes, [], verdicts);
      });
    }
  }
});
