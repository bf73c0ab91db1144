import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Envelope } from '@cucumber/messages';
import { readRunModel } from './read-run-model.ts';

function pickle(id: string, line: number): Envelope {
  return { pickle: { id, uri: 'features/provider/x.feature', name: `scenario ${id}`, language: 'en', astNodeIds: [], steps: [], tags: [{ name: '@SLOT-07', astNodeId: '' }, { name: '@must', astNodeId: '' }], location: { line, column: 1 } } } as Envelope;
}

test('a scenario the tag filters left out (a pickle without a test case) is not part of the run', () => {
  const envelopes: Envelope[] = [
    pickle('p1', 3),
    pickle('p2', 9),
    { testCase: { id: 'tc1', pickleId: 'p1', testSteps: [], testRunStartedId: 'r' } } as Envelope,
  ];
  const model = readRunModel(envelopes, [{ id: 'SLOT-07', level: 'MUST' }]);
  assert.deepEqual(model.scenarios.map((s) => s.id), ['p1']);
  // Selected but never started: not run.
  assert.equal(model.scenarios[0].verdict, 'not-run');
});
