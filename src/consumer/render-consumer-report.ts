// The consumer verdict as Markdown for people: the verdict, the sessions, every obligation with its
// evidence (exchange numbers), what the traffic did not exercise, what a recording cannot show, and
// the requests that were not judged. The JSON beside it carries the same data for tools.
import type { RecordingJudgement } from '../../mocks/domain/judge/judge-recording.ts';
import { formatTotals } from '../run-model/format-totals.ts';
import type { ConsumerCoverage, CoverageRow, CoverageVerdict } from './to-consumer-coverage.ts';

export interface ConsumerReportInput {
  readonly coverage: ConsumerCoverage;
  readonly judgement: RecordingJudgement;
  /** Where the recording came from (the HAR file). */
  readonly recording: string;
}

const LABEL: Readonly<Record<CoverageVerdict, string>> = {
  'fail': '**FAIL**', 'error': '**ERROR**', 'warn': 'warn', 'pass': 'pass', 'not-exercised': 'not exercised', 'no-scenario': 'no scenario',
};
const ORDER: readonly CoverageVerdict[] = ['fail', 'error', 'no-scenario', 'warn', 'pass'];
const MAX_DETAILS = 3;

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function detailOf(row: CoverageRow, judgement: RecordingJudgement): string {
  const deviations = judgement.obligations.find((o) => o.id === row.id)?.deviations ?? [];
  if (deviations.length > 0) {
    const shown = deviations.slice(0, MAX_DETAILS).map((f) => `#${f.seqs.join(', #')}: ${f.message}`);
    return [...shown, ...(deviations.length > MAX_DETAILS ? [`… ${deviations.length - MAX_DETAILS} more`] : [])].join('<br>');
  }
  if (row.failures.length > 0 || row.warnings.length > 0) return [...row.failures, ...row.warnings].slice(0, MAX_DETAILS).join('<br>');
  const passed = judgement.obligations.find((o) => o.id === row.id)?.passed ?? 0;
  return row.verdict === 'pass' ? `${passed} check(s) passed in ${row.scenarios.filter((s) => s.verdict === 'pass').length} scenario(s)` : row.scenarios.map((s) => `${s.name} (${s.verdict})`).join('<br>');
}

export function renderConsumerReport({ coverage, judgement, recording }: ConsumerReportInput): string {
  const judged = coverage.rows.filter((r) => r.verdict !== 'not-exercised').sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict));
  const notExercised = coverage.rows.filter((r) => r.verdict === 'not-exercised');
  const lines = [
    `# Consumer assurance verdict: ${coverage.verdict === 'fail' ? 'FAIL' : 'PASS'}`,
    '',
    `Recording: \`${recording}\`, ${judgement.exchanges} exchange(s), judged against provider \`${judgement.provider.baseUrl}\` (ASID ${judgement.provider.providerAsid}).`,
    `${formatTotals('obligations', Object.fromEntries([...ORDER, 'not-exercised' as const].map((v) => [LABEL[v].replaceAll('*', '').toLowerCase(), coverage.rows.filter((r) => r.verdict === v).length])))}; ${coverage.notTestable.length} more not testable here.`,
    coverage.mustFailures.length > 0 ? `MUST obligations failed: ${coverage.mustFailures.join(', ')}.` : 'No exercised MUST obligation failed.',
    ...(coverage.harnessErrors.length > 0 ? [`Harness errors (not the consumer's fault): ${coverage.harnessErrors.join('; ')}.`] : []),
    '',
    '## Sessions (selected by the Ssp-From ASID)',
    '',
    '| Session | Requests | Exchanges | ODS codes in the tokens |',
    '|---|---|---|---|',
    ...judgement.sessions.map((s) => `| ${s.id} | ${s.requests} | #${s.firstSeq}–#${s.lastSeq} | ${s.odsCodes.join(', ') || '—'} |`),
    '',
    '## Obligations exercised by the traffic',
    '',
    '| Obligation | Level | Verdict | Detail |',
    '|---|---|---|---|',
    ...judged.map((r) => `| ${r.id} ${cell(r.title)} | ${r.level} | ${LABEL[r.verdict]} | ${cell(detailOf(r, judgement))} |`),
    '',
    '## Not exercised by the traffic',
    '',
    '| Obligation | Level | Why |',
    '|---|---|---|',
    ...notExercised.map((r) => `| ${r.id} ${cell(r.title)} | ${r.level} | ${cell(r.reasons.join('; '))} |`),
    '',
    '## Not testable here',
    '',
    '| Obligation | Level | Reason |',
    '|---|---|---|',
    ...coverage.notTestable.map((n) => `| ${n.id} ${cell(n.title)} | ${n.level} | ${cell(n.reason)} |`),
    '',
    '## Requests not judged',
    '',
    ...(judgement.ignored.length === 0 ? ['None.'] : ['| # | Request | Why |', '|---|---|---|', ...judgement.ignored.map((i) => `| ${i.seq} | ${cell(`${i.method} ${i.url}`)} | ${cell(i.reason)} |`)]),
    '',
  ];
  return lines.join('\n');
}
