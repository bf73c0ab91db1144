// The exit code of an assurance run: 1 when a MUST scenario failed (the supplier has a blocking
// finding); otherwise 2 when this suite itself misbehaved (undefined steps, harness errors), so a
// broken suite never passes silently; otherwise 0. Inconclusive and SHOULD failures do not fail it.
import type { ScenarioResult } from '../report/scenario-result-collector.ts';

export function decideExitCode(results: readonly ScenarioResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.level === 'must' && r.verdict === 'fail')) return 1;
  const harness = results.some((r) => r.verdict === 'inconclusive' && (r.reason ?? '').startsWith('HARNESS_'));
  return harness ? 2 : 0;
}
