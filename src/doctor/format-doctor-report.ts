// The doctor's report as a terminal checklist: one line per check (✔ ok, ! warning, ✖ failure,
// - skipped), a remedy line under each warning and failure, the skip table, and a verdict line.
// Plain text, no colour codes, so it reads the same in a CI log.
import type { CheckStatus, DoctorReport } from './doctor-report.ts';
import type { GroupOutcome } from './plan-scenario-groups.ts';

const MARK: Readonly<Record<CheckStatus, string>> = { ok: '✔', warn: '!', fail: '✖', skipped: '-' };

const OUTCOME_LABEL: Readonly<Record<GroupOutcome, string>> = {
  runs: 'runs',
  weaker: 'runs, weaker',
  'at-risk': 'at risk',
  unknown: 'unknown',
  skipped: 'SKIPPED',
};

function header(report: DoctorReport): string[] {
  const target = report.target;
  if (!target) return ['booking-assurance doctor', ''];
  const via = target.sspPrefix !== undefined ? ` via SSP ${target.sspPrefix}` : '';
  return [`booking-assurance doctor: ${target.name}`, `  ${target.baseUrl}${via}`, `  checked at ${report.checkedAt}`, ''];
}

function checkLines(report: DoctorReport): string[] {
  return report.checks.flatMap((check) => [
    `  ${MARK[check.status]} ${check.title}: ${check.detail}`,
    ...(check.remedy !== undefined ? [`      → ${check.remedy}`] : []),
  ]);
}

function groupLines(report: DoctorReport): string[] {
  if (report.scenarioGroups.length === 0) return [];
  const width = Math.max(...Object.values(OUTCOME_LABEL).map((label) => label.length));
  return [
    '',
    'Scenario groups',
    ...report.scenarioGroups.flatMap((group) => [
      `  ${OUTCOME_LABEL[group.outcome].padEnd(width)}  ${group.title} (${group.obligations.join(', ')})`,
      ...group.reasons.map((reason) => `  ${' '.repeat(width)}    because ${reason}`),
    ]),
  ];
}

function summary(report: DoctorReport): string {
  const count = (status: CheckStatus) => report.checks.filter((check) => check.status === status).length;
  const skippedGroups = report.scenarioGroups.filter((group) => group.outcome === 'skipped').length;
  const tally = `${count('fail')} failed, ${count('warn')} warning${count('warn') === 1 ? '' : 's'}, ${count('ok')} ok, ${count('skipped')} not applicable`;
  const groups = report.scenarioGroups.length > 0 ? `; ${skippedGroups} of ${report.scenarioGroups.length} scenario groups will be skipped` : '';
  return `${report.failed ? 'NOT READY' : 'READY'}: ${tally}${groups}`;
}

export function formatDoctorReport(report: DoctorReport): string {
  return [...header(report), 'Checks', ...checkLines(report), ...groupLines(report), '', summary(report), ''].join('\n');
}
