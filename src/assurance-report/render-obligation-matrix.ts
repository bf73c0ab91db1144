// The obligation matrix: every obligation of the catalogue, with its SCAL ids, the scenarios that
// verify it and their verdicts, or why none does. Each row is an anchor (`#SLOT-07`) that a
// submission can cite.
import { escapeHtml } from './escape-html.ts';
import { renderVerdictBadge } from './render-verdict-badge.ts';
import type { AssuranceReportModel, ObligationRow } from './report-model.ts';

function renderScenarios(row: ObligationRow): string {
  if (row.scenarios.length === 0) return `<span class="no-scenario">${escapeHtml(row.note ?? 'No scenario')}</span>`;
  const links = row.scenarios.map((scenario) => `<li><a href="#${escapeHtml(scenario.anchor)}" class="sc-link v-${scenario.verdict}-text"><span class="dot v-${scenario.verdict}" aria-hidden="true"></span>${escapeHtml(scenario.name)}</a></li>`);
  return `<ul class="sc-list">${links.join('')}</ul>`;
}

function renderRow(row: ObligationRow, areaLabel: string): string {
  const search = `${row.id} ${row.title} ${row.scal.join(' ')} ${row.scenarios.map((scenario) => scenario.name).join(' ')}`.toLowerCase();
  return (
    `<tr id="${escapeHtml(row.id)}" class="ob-row" data-verdict="${row.verdict}" data-areas="${escapeHtml(row.area)}" data-scope="${row.inScope ? 'in' : 'out'}" data-search="${escapeHtml(search)}">` +
    `<td class="ob-id"><a href="#${escapeHtml(row.id)}">${escapeHtml(row.id)}</a></td>` +
    `<td>${escapeHtml(areaLabel)}</td>` +
    `<td>${escapeHtml(row.actor)}</td>` +
    `<td class="level level-${row.levelClass}">${escapeHtml(row.level)}</td>` +
    `<td class="ob-title">${escapeHtml(row.title)}</td>` +
    `<td class="scal">${row.scal.length > 0 ? row.scal.map((id) => `<span class="scal-id">${escapeHtml(id)}</span>`).join(' ') : '<span class="muted">—</span>'}</td>` +
    `<td>${renderScenarios(row)}</td>` +
    `<td class="ob-verdict">${renderVerdictBadge(row.verdict)}</td></tr>`
  );
}

export function renderObligationMatrix(model: AssuranceReportModel): string {
  const rows = model.obligations.map((row) => renderRow(row, model.areaLabels[row.area] ?? row.area)).join('\n');
  const outOfScope = model.obligations.filter((row) => !row.inScope).length;
  return `<section id="matrix" data-filter-group="matrix" aria-labelledby="matrix-h">
  <h2 id="matrix-h">Obligation matrix</h2>
  <p class="note">Every obligation of the obligations catalogue, the scenarios that verify it and the resulting verdict. An obligation takes the worst verdict of the scenarios that ran (fail, then inconclusive, then pass); it is skipped only when none of them ran. SCAL ids are the NHS assurance test script ids (P: provider, C: consumer).${outOfScope > 0 ? ` <span id="scope-note">${outOfScope} obligation${outOfScope === 1 ? '' : 's'} of other actors ${outOfScope === 1 ? 'is' : 'are'} hidden; tick “Include other actors” to show them.</span>` : ''}</p>
  <div class="table-wrap"><table class="matrix" id="matrix-table">
    <thead><tr><th scope="col">ID</th><th scope="col">Area</th><th scope="col">Actor</th><th scope="col">Level</th><th scope="col">Obligation</th><th scope="col">SCAL</th><th scope="col">Scenarios</th><th scope="col">Verdict</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table></div>
  <p class="empty-note" hidden>No obligation matches the filters.</p>
</section>`;
}
