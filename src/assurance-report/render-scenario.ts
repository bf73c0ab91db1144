// One scenario with its evidence, collapsed until opened: the reason for a non-passing verdict,
// the steps with their statuses, every exchange (the one a failure names opened), warnings and
// other attachments.
import { escapeHtml } from './escape-html.ts';
import { formatDuration, formatEvidenceText, formatInstant } from './format-evidence-text.ts';
import { renderExchange } from './render-exchange.ts';
import { renderRecord } from './render-record.ts';
import { renderVerdictBadge } from './render-verdict-badge.ts';
import type { ScenarioOutcome, StepOutcome } from './report-model.ts';

export interface ScenarioRenderOptions {
  /** The cap on each request or response body shown for a scenario that did not pass. */
  readonly maxBodyChars: number;
  /** The cap for a passing scenario: its evidence is read less and there is far more of it. */
  readonly maxPassingBodyChars: number;
}

const ATTACHMENT_CHARS = 8_000;

/** The error as the suite worded it, without the harness's stack frames (noise to an assurance reader). */
function withoutStack(message: string): string {
  return message.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
}

function renderStep(step: StepOutcome): string {
  const message = step.message && step.status !== 'PASSED' ? `<pre class="step-message">${escapeHtml(formatEvidenceText(withoutStack(step.message), 4_000).text)}</pre>` : '';
  return `<li class="step st-${escapeHtml(step.status.toLowerCase())}"><span class="kw">${escapeHtml(step.keyword)}</span> ${escapeHtml(step.text)} <span class="step-status">${escapeHtml(step.status.toLowerCase())}</span> <span class="muted">${escapeHtml(formatDuration(step.durationMs))}</span>${message}</li>`;
}

export function renderScenario(scenario: ScenarioOutcome, options: ScenarioRenderOptions): string {
  const exchangeIds = new Set(scenario.exchanges.map((exchange) => exchange.id));
  const focus = scenario.verdict !== 'pass' ? scenario.reason?.exchangeId : undefined;
  const ids = scenario.obligations.map((id) => `<a href="#${escapeHtml(id)}" class="ob-ref">${escapeHtml(id)}</a>`).join(' ');
  const reason = scenario.reason ? renderRecord(scenario.reason, scenario.anchor, scenario.verdict, exchangeIds) : '';
  const otherRecords = scenario.records.filter((record) => record !== scenario.reason).map((record) => renderRecord(record, scenario.anchor, record.verdict ?? 'note', exchangeIds));
  const warnings = scenario.warnings.map((record) => renderRecord(record, scenario.anchor, 'warning', exchangeIds));
  const maxBodyChars = scenario.verdict === 'pass' ? options.maxPassingBodyChars : options.maxBodyChars;
  const exchanges = scenario.exchanges.map((exchange) => renderExchange(exchange, scenario.anchor, { open: exchange.id === focus, maxBodyChars }));
  const attachments = scenario.attachments.map((attachment) => {
    const shown = formatEvidenceText(attachment.text, ATTACHMENT_CHARS);
    return `<details class="attachment"${scenario.verdict === 'pass' ? '' : ' open'}><summary>${escapeHtml(attachment.fileName || 'attachment')} <span class="muted">${escapeHtml(attachment.mediaType)}</span></summary><pre>${escapeHtml(shown.text)}${shown.omitted > 0 ? `\n… ${shown.omitted} more characters` : ''}</pre></details>`;
  });
  const search = `${scenario.name} ${scenario.feature} ${scenario.obligations.join(' ')} ${scenario.reason?.code ?? ''}`.toLowerCase();
  return `<details class="scenario v-border-${scenario.verdict}" id="${escapeHtml(scenario.anchor)}" data-verdict="${scenario.verdict}" data-areas="${escapeHtml(scenario.areas.join(' '))}" data-search="${escapeHtml(search)}">
<summary>${renderVerdictBadge(scenario.verdict)} <span class="sc-name">${escapeHtml(scenario.name)}</span> <span class="sc-ids">${escapeHtml(scenario.obligations.join(' '))}</span> <span class="level-tag level-${scenario.level}">${scenario.level}</span>${scenario.reason ? ` <code class="sc-code">${escapeHtml(scenario.reason.code)}</code>` : ''} <span class="muted">${escapeHtml(formatDuration(scenario.durationMs))}</span></summary>
<div class="sc-body">
<p class="meta">${escapeHtml(scenario.feature)} · <code>${escapeHtml(scenario.uri)}:${scenario.line}</code> · ${scenario.startedAt ? `started ${escapeHtml(formatInstant(scenario.startedAt))}` : 'not run'}${scenario.attempts > 1 ? ` · ${scenario.attempts} attempts (last shown)` : ''}</p>
<p class="meta">Obligations ${ids || '<span class="muted">none tagged</span>'} · tags <code>${escapeHtml(scenario.tags.join(' '))}</code></p>
${reason}${otherRecords.join('')}
${warnings.length > 0 ? `<h4>Warnings</h4>${warnings.join('')}` : ''}
<h4>Steps</h4><ol class="steps">${scenario.steps.map(renderStep).join('')}</ol>
${exchanges.length > 0 ? `<h4>Evidence: ${exchanges.length} exchange${exchanges.length === 1 ? '' : 's'}</h4>${exchanges.join('\n')}` : ''}
${attachments.length > 0 ? `<h4>Attachments</h4>${attachments.join('')}` : ''}
${exchanges.length === 0 && attachments.length === 0 ? '<p class="muted">No HTTP exchange or other evidence was attached to this scenario.</p>' : ''}
</div>
</details>`;
}
