// "Failures first": every scenario that did not pass, worst first, with the code and reason in one
// line and a link to its evidence, so a reader starts where the decision is made.
import { escapeHtml } from './escape-html.ts';
import { renderVerdictBadge } from './render-verdict-badge.ts';
import type { AssuranceReportModel } from './report-model.ts';

export function renderAttentionList(model: AssuranceReportModel): string {
  const open = model.scenarios.filter((scenario) => scenario.verdict !== 'pass');
  const rows = open.map((scenario) => {
    const reason = scenario.reason;
    const obligations = scenario.obligations.map((id) => `<a href="#${escapeHtml(id)}" class="ob-ref">${escapeHtml(id)}</a>`).join(' ');
    return (
      `<tr class="att-row" data-verdict="${scenario.verdict}" data-areas="${escapeHtml(scenario.areas.join(' '))}" data-search="${escapeHtml(`${scenario.name} ${scenario.obligations.join(' ')} ${reason?.code ?? ''}`.toLowerCase())}">` +
      `<td>${renderVerdictBadge(scenario.verdict)}</td>` +
      `<td><a href="#${escapeHtml(scenario.anchor)}" class="open-scenario">${escapeHtml(scenario.name)}</a></td>` +
      `<td class="ids">${obligations}</td>` +
      `<td><code>${escapeHtml(reason?.code ?? '')}</code></td>` +
      `<td class="reason-text">${escapeHtml(reason?.message ?? '')}</td></tr>`
    );
  });
  const body = rows.length > 0
    ? `<div class="table-wrap"><table class="attention"><thead><tr><th scope="col">Verdict</th><th scope="col">Scenario</th><th scope="col">Obligations</th><th scope="col">Code</th><th scope="col">Reason</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div><p class="empty-note" hidden>No scenario matches the filters.</p>`
    : '<p class="all-clear">Every scenario passed.</p>';
  return `<section id="attention" data-filter-group="attention" aria-labelledby="attention-h">
  <h2 id="attention-h">Failures first</h2>
  <p class="note">Fail: the target broke an obligation. Inconclusive: the harness could not decide (network, tooling or a defect of this suite) — never counted against the supplier. Skipped: the target declares no data for the scenario.</p>
  ${body}
</section>`;
}
