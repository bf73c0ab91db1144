// The one assertion the consumer steps make: the judged recording meets an obligation (optionally on
// the requests of one interaction). A failure throws a ConformanceFailure naming the exchanges; a
// warning passes with a warning attachment; an obligation the traffic never exercised throws
// ScenarioSkipped with the reason, never "passed". The steps' verdict wrapper records each of these
// as the provider suite does, so the reports read verdicts, never error messages.
import { findConsumerObligation } from '../../mocks/domain/judge/consumer-obligations.ts';
import type { JudgedFinding } from '../../mocks/domain/judge/judged-finding.ts';
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import { summariseObligation } from '../../mocks/domain/judge/summarise-obligation.ts';
import type { SummaryScope } from '../../mocks/domain/judge/summarise-obligation.ts';
import { ConformanceFailure } from '../verdict/conformance-failure.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';
import { toWarningAttachment } from '../verdict/verdict-attachment.ts';

export type Attach = (data: string, options: { readonly mediaType: string; readonly fileName: string }) => void;

export const FINDINGS_ATTACHMENT = 'consumer-findings.json';
const MAX_SHOWN = 5;

const where = (f: JudgedFinding): string => `#${f.seqs.join(', #')} (${f.session})`;

function deviationLines(deviations: readonly JudgedFinding[]): string[] {
  const lines = deviations.slice(0, MAX_SHOWN).map((f) => `${where(f)}: ${f.message}`);
  return deviations.length > MAX_SHOWN ? [...lines, `… and ${deviations.length - MAX_SHOWN} more`] : lines;
}

export function expectConsumerObligation(judgement: RecordingJudgement, id: string, scope: SummaryScope, attach: Attach): void {
  const row = findConsumerObligation(id);
  if (row === undefined) throw new HarnessDefect('HARNESS_ERROR', `${id} is not a consumer obligation the judge knows`);
  // A scenario asserts the obligation's own findings; composite obligations are the tags it carries.
  const summary = summariseObligation(judgement.findings, row, judgement.requestCounts, { ...scope, ownOnly: true }, judgement.passes);
  if (summary.verdict === 'not-exercised') throw new ScenarioSkipped('SKIPPED_NOT_EXERCISED', summary.reason ?? 'not exercised');
  if (summary.deviations.length > 0) {
    attach(JSON.stringify(summary.deviations, null, 2), { mediaType: 'application/json', fileName: FINDINGS_ATTACHMENT });
  }
  const seqs = [...new Set(summary.deviations.flatMap((f) => f.seqs))];
  if (summary.verdict === 'fail') {
    throw new ConformanceFailure({
      code: 'CONSUMER_OBLIGATION_FAILED',
      obligations: [id],
      reason: `${summary.deviations.filter((f) => f.outcome === 'fail').length} finding(s) break ${id}: ${summary.deviations.find((f) => f.outcome === 'fail')?.message}`,
      expected: row.title,
      actual: deviationLines(summary.deviations),
      exchangeId: `#${seqs.join(', #')}`,
    });
  }
  if (summary.verdict === 'warn') {
    const { body, ...options } = toWarningAttachment({
      code: 'CONSUMER_OBLIGATION_WARNING',
      message: deviationLines(summary.deviations).join('\n'),
      obligations: [id],
      exchangeId: `#${seqs.join(', #')}`,
    });
    attach(body, options);
  }
}
