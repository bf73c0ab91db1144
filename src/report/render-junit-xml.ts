// junit.xml from the run model, for CI dashboards: one <testcase> per scenario the run selected.
// A conformance failure is a <failure>; inconclusive, skipped and unfinished scenarios are
// <skipped> with their reason, so a dashboard never counts our network trouble or the suite's own
// defects as the supplier's. The steps are listed in <system-out>.
import type { RunModel, ScenarioOutcome } from '../run-model/scenario-outcome.ts';

const escapeXml = (text: string): string =>
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function body(outcome: ScenarioOutcome): string {
  const reason = outcome.reason;
  const steps = outcome.steps.map((step) => `${step.keyword} ${step.text} ... ${step.status.toLowerCase()}`).join('\n');
  const out = `<system-out>${escapeXml(steps)}</system-out>`;
  if (outcome.verdict === 'pass' || reason === undefined) return out;
  const text = `${reason.obligations.length > 0 ? `${reason.obligations.join(', ')} ` : ''}${reason.code}: ${reason.message}`;
  if (outcome.verdict === 'fail') {
    const detail = [text, ...('expected' in reason ? [`expected: ${JSON.stringify(reason.expected)}`, `actual: ${JSON.stringify(reason.actual)}`] : []), ...(reason.exchangeId ? [`exchange: ${reason.exchangeId}`] : [])].join('\n');
    return `<failure type="${escapeXml(reason.code)}" message="${escapeXml(text)}">${escapeXml(detail)}</failure>${out}`;
  }
  return `<skipped message="${escapeXml(`${outcome.verdict.toUpperCase()} ${text}`)}"/>${out}`;
}

export function renderJunitXml(run: RunModel, suiteName: string): string {
  const selected = run.scenarios.filter((s) => s.scheduled);
  const count = (pick: (s: ScenarioOutcome) => boolean) => selected.filter(pick).length;
  const failures = count((s) => s.verdict === 'fail');
  const skipped = count((s) => s.verdict !== 'fail' && s.verdict !== 'pass');
  const time = seconds(selected.reduce((sum, s) => sum + s.durationMs, 0));
  const cases = selected.map((s) => `  <testcase classname="${escapeXml(s.feature)}" name="${escapeXml(s.name)}" time="${seconds(s.durationMs)}">${body(s)}</testcase>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="${escapeXml(suiteName)}" tests="${selected.length}" failures="${failures}" skipped="${skipped}" errors="0" time="${time}"${run.startedAt ? ` timestamp="${run.startedAt}"` : ''}>`,
    ...cases,
    '</testsuite>',
    '',
  ].join('\n');
}
