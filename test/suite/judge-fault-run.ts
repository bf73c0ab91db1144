// Did the provider suite catch one fault? For each obligation the fault breaks, at least one
// scenario tagged with it must FAIL (inconclusive or pass is not a catch). The suite must never
// blame itself (a HARNESS_* inconclusive) for the provider's fault, and every failure must point at
// the exchange that shows it. Notes say where a failure names another obligation than the one
// broken, or where a scenario could not even set up: true, but worth a reader's eye.
import type { ScenarioOutcome } from '../../src/run-model/scenario-outcome.ts';
import type { VerdictRecord } from '../../src/verdict/verdict.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

export interface FaultJudgement {
  /** Obligations with at least one failing scenario. */
  readonly caughtOn: readonly string[];
  /** Obligations with none, and what their scenarios did instead. */
  readonly missedOn: readonly { readonly obligation: string; readonly reason: string }[];
  /** Things the suite must never do, caught or not. */
  readonly problems: readonly string[];
  readonly notes: readonly string[];
}

function firstRecord(result: ScenarioOutcome, verdict: VerdictRecord['verdict']): VerdictRecord | undefined {
  return result.records.find((record) => record.verdict === verdict);
}

function describeVerdicts(results: readonly ScenarioOutcome[]): string {
  if (results.length === 0) return 'no scenario ran';
  const counts = new Map<string, number>();
  for (const result of results) counts.set(result.verdict, (counts.get(result.verdict) ?? 0) + 1);
  return [...counts].map(([verdict, n]) => `${n} ${verdict}`).join(', ');
}

export function judgeFaultRun(results: readonly ScenarioOutcome[], obligations: readonly string[]): FaultJudgement {
  const ran = results.filter((result) => result.verdict !== 'not-run');
  const caughtOn: string[] = [];
  const missedOn: { obligation: string; reason: string }[] = [];
  const notes: string[] = [];
  for (const obligation of obligations) {
    const tagged = ran.filter((result) => result.obligations.includes(obligation));
    const failed = tagged.filter((result) => result.verdict === 'fail');
    if (failed.length === 0) {
      missedOn.push({ obligation, reason: describeVerdicts(tagged) });
      continue;
    }
    caughtOn.push(obligation);
    const named = new Set(failed.flatMap((result) => firstRecord(result, 'fail')?.obligations ?? []));
    if (!named.has(obligation)) notes.push(`${obligation} is caught, but its failures name ${[...named].sort().join(', ')}`);
  }
  const inconclusive = ran.filter((result) => result.verdict === 'inconclusive');
  // Without a record the suite did not say why: as bad as blaming itself.
  const ownFault = (result: ScenarioOutcome) => firstRecord(result, 'inconclusive')?.code.startsWith('HARNESS_') ?? true;
  const problems = [
    ...inconclusive.filter(ownFault).map((result) => `the suite blamed itself: ${result.name}: ${reasonText(result) ?? 'no reason given'}`),
    ...ran.filter((result) => result.verdict === 'fail' && firstRecord(result, 'fail')?.exchangeId === undefined)
      .map((result) => `a failure without its exchange: ${result.name}: ${reasonText(result) ?? ''}`),
  ];
  notes.push(...inconclusive.filter((result) => !ownFault(result)).map((result) => `inconclusive: ${result.name}: ${reasonText(result) ?? ''}`));
  return { caughtOn, missedOn, problems, notes };
}
