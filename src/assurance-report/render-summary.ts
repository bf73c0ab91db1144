// The summary: counts by verdict × MUST/SHOULD/MAY for scenarios and for in-scope obligations, and
// the verdict-per-area charts (a click on an area filters the page to it).
import { escapeHtml } from './escape-html.ts';
import { renderAreaChart, type ChartRow } from './render-area-chart.ts';
import { VERDICT_LABELS } from './render-verdict-badge.ts';
import { LEVEL_CLASSES, OBLIGATION_VERDICTS, SCENARIO_VERDICTS, type AssuranceReportModel, type LevelClass, type ObligationVerdict } from './report-model.ts';

const LEVEL_NAMES: Readonly<Record<LevelClass, string>> = { MUST: 'MUST', SHOULD: 'SHOULD', MAY: 'MAY / other' };

function countTable<V extends ObligationVerdict>(caption: string, verdicts: readonly V[], counts: Readonly<Record<LevelClass, Readonly<Record<V, number>>>>, id: string): string {
  const head = verdicts.map((verdict) => `<th scope="col"><span class="badge v-${verdict}">${VERDICT_LABELS[verdict]}</span></th>`).join('');
  const total = (level: LevelClass) => verdicts.reduce((sum, verdict) => sum + counts[level][verdict], 0);
  const rows = LEVEL_CLASSES.map((level) => {
    const cells = verdicts.map((verdict) => `<td class="num${counts[level][verdict] > 0 ? ` has-${verdict}` : ''}">${counts[level][verdict]}</td>`).join('');
    return `<tr data-level="${level}"><th scope="row">${LEVEL_NAMES[level]}</th>${cells}<td class="num total">${total(level)}</td></tr>`;
  }).join('');
  const columnTotals = verdicts.map((verdict) => `<td class="num">${LEVEL_CLASSES.reduce((sum, level) => sum + counts[level][verdict], 0)}</td>`).join('');
  const grand = LEVEL_CLASSES.reduce((sum, level) => sum + total(level), 0);
  return `<table class="counts" id="${id}"><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Level</th>${head}<th scope="col">Total</th></tr></thead><tbody>${rows}</tbody><tfoot><tr><th scope="row">All</th>${columnTotals}<td class="num total">${grand}</td></tr></tfoot></table>`;
}

function chartRows<V extends ObligationVerdict>(model: AssuranceReportModel, pick: 'scenarios' | 'obligations', verdicts: readonly V[]): ChartRow[] {
  return model.summary.areas
    .filter((area) => verdicts.some((verdict) => (area[pick] as Readonly<Record<V, number>>)[verdict] > 0))
    .map((area) => ({
      key: area.area,
      label: area.label,
      segments: verdicts.map((verdict) => ({ key: verdict, label: VERDICT_LABELS[verdict], count: (area[pick] as Readonly<Record<V, number>>)[verdict] })),
    }));
}

function legend(verdicts: readonly ObligationVerdict[]): string {
  return `<ul class="legend">${verdicts.map((verdict) => `<li><span class="swatch seg-${verdict}"></span>${VERDICT_LABELS[verdict]}</li>`).join('')}</ul>`;
}

export function renderSummary(model: AssuranceReportModel): string {
  const scopeNote = model.obligations.some((row) => !row.inScope)
    ? `<p class="note">Obligations counted: the ${model.obligations.filter((row) => row.inScope).length} in this suite's scope, of ${model.obligations.length} in the obligations catalogue.</p>`
    : '';
  const warnings = model.summary.warnings > 0 ? `<p class="note">${model.summary.warnings} warning${model.summary.warnings === 1 ? '' : 's'} (checks that report without failing) are listed with their scenarios.</p>` : '';
  const unknown = model.unknownObligationTags.length > 0
    ? `<p class="note warn">Scenario tags naming obligations the catalogue does not list: ${model.unknownObligationTags.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}.</p>`
    : '';
  return `<section id="summary" aria-labelledby="summary-h">
  <h2 id="summary-h">Summary</h2>
  <div class="count-tables">
    ${countTable('Scenarios by level', SCENARIO_VERDICTS, model.summary.scenarios, 'scenario-counts')}
    ${countTable('Obligations by level', OBLIGATION_VERDICTS, model.summary.obligations, 'obligation-counts')}
  </div>
  ${scopeNote}${warnings}${unknown}
  <div class="charts">
    ${renderAreaChart('Scenario verdicts per area', chartRows(model, 'scenarios', SCENARIO_VERDICTS))}
    ${renderAreaChart('Obligation verdicts per area', chartRows(model, 'obligations', OBLIGATION_VERDICTS))}
  </div>
  ${legend(OBLIGATION_VERDICTS)}
</section>`;
}
