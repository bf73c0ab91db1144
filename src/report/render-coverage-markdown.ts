// coverage.md: the obligation coverage for people — totals, the blocking MUST failures, then one
// row per obligation with its scenarios and verdicts, or the reason it is not tested.
import { formatTotals } from '../run-model/format-totals.ts';
import type { Coverage, ObligationCoverage } from './build-coverage.ts';

const ICON: Readonly<Record<string, string>> = { pass: 'pass', fail: '**FAIL**', inconclusive: 'inconclusive', skipped: 'skipped', 'not-run': 'not run', untested: 'untested' };

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function scenarioCell(obligation: ObligationCoverage): string {
  if (obligation.scenarios.length === 0) return cell(obligation.untestedReason ?? '**no scenario and no reason given**');
  return obligation.scenarios.map((s) => cell(`${s.name} (${ICON[s.verdict]}${s.reason && s.verdict !== 'pass' ? `: ${s.reason}` : ''})`)).join('<br>');
}

export function renderCoverageMarkdown(coverage: Coverage): string {
  const label = (key: string) => ICON[key] ?? key;
  const lines = [
    '# Provider assurance: obligation coverage',
    '',
    `Generated ${coverage.generatedAt} from the scenarios' obligation tags and this run's verdicts.`,
    '',
    `- ${formatTotals('scenarios', coverage.scenarioTotals, label)}`,
    `- ${formatTotals('obligations', coverage.obligationTotals, label)}`,
    `- Warnings: ${coverage.warnings.length}`,
    '',
    coverage.mustFailures.length === 0 ? 'No MUST scenario failed.' : `**${coverage.mustFailures.length} MUST scenario(s) failed:**`,
    ...coverage.mustFailures.map((f) => `- ${f}`),
    ...(coverage.unaccounted.length > 0 ? ['', `**Provider MUSTs with neither a scenario nor a reason:** ${coverage.unaccounted.join(', ')}`] : []),
    ...(coverage.unknownTags.length > 0 ? ['', `**Tags not in the obligations catalogue:** ${coverage.unknownTags.join(', ')}`] : []),
    '',
    '| Obligation | Level | Verdict | Scenarios (verdict) or reason not tested |',
    '|---|---|---|---|',
    ...coverage.obligations.map((o) => `| ${o.id} ${cell(o.title)} | ${cell(o.level)} | ${ICON[o.verdict]} | ${scenarioCell(o)} |`),
    ...(coverage.warnings.length > 0 ? ['', '## Warnings', '', '| Scenario | Obligations | Warning |', '|---|---|---|', ...coverage.warnings.map((w) => `| ${cell(w.scenario)} | ${w.obligations.join(', ')} | ${cell(`${w.code}: ${w.message}`)} |`)] : []),
    '',
  ];
  return lines.join('\n');
}
