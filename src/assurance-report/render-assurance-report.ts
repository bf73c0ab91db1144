// The report model → one self-contained HTML page: inline CSS, inline SVG, one inline script and
// nothing fetched. The Content-Security-Policy forbids every network request and every script but
// our own (by hash), so even a rendering bug cannot let a hostile response body run or phone home.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape-html.ts';
import { renderAttentionList } from './render-attention-list.ts';
import { renderObligationMatrix } from './render-obligation-matrix.ts';
import { renderRunHeader } from './render-run-header.ts';
import { renderScenario } from './render-scenario.ts';
import { renderSummary } from './render-summary.ts';
import { VERDICT_LABELS } from './render-verdict-badge.ts';
import { REPORT_SCRIPT } from './report-script.ts';
import { REPORT_STYLES } from './report-styles.ts';
import { OBLIGATION_VERDICTS, type AssuranceReportModel } from './report-model.ts';

export interface RenderOptions {
  /** A fixed cap on each body shown for scenarios that did not pass; default: from the budget below. */
  readonly maxBodyChars?: number;
  /** The cap for passing scenarios, whose evidence is read less and is most of the page. */
  readonly maxPassingBodyChars?: number;
}

/** Non-passing scenarios share this many body characters: a few failures show whole searchsets, many still open fast. */
export const FAILING_BODY_BUDGET_CHARS = 4_000_000;
export const MIN_BODY_CHARS = 12_000;
export const MAX_BODY_CHARS = 250_000;
export const DEFAULT_MAX_PASSING_BODY_CHARS = 3_000;

/** The per-body cap for non-passing scenarios: the budget over their bodies, within [MIN, MAX]. */
export function failingBodyCap(model: AssuranceReportModel): number {
  const bodies = model.scenarios.filter((scenario) => scenario.verdict !== 'pass').reduce((sum, scenario) => sum + scenario.exchanges.length * 2, 0);
  return Math.round(Math.min(MAX_BODY_CHARS, Math.max(MIN_BODY_CHARS, FAILING_BODY_BUDGET_CHARS / Math.max(1, bodies))));
}

function contentSecurityPolicy(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function renderToolbar(model: AssuranceReportModel): string {
  const chips = [['all', 'All'] as const, ...OBLIGATION_VERDICTS.map((verdict) => [verdict, VERDICT_LABELS[verdict]] as const)]
    .map(([key, label]) => `<button type="button" class="chip" data-verdict="${key}" aria-pressed="${key === 'all'}">${label}</button>`)
    .join('');
  const areas = model.summary.areas.map((area) => `<option value="${escapeHtml(area.area)}">${escapeHtml(area.label)}</option>`).join('');
  const outOfScope = model.obligations.some((row) => !row.inScope);
  return `<div class="toolbar" role="search"><div class="toolbar-inner">
  <nav aria-label="Sections"><a href="#summary">Summary</a><a href="#attention">Failures first</a><a href="#matrix">Obligation matrix</a><a href="#scenarios">Scenarios</a></nav>
  <div class="chips" role="group" aria-label="Verdict">${chips}</div>
  <label>Area <select id="area-filter"><option value="all">All areas</option>${areas}</select></label>
  <label><input type="search" id="text-filter" placeholder="Find id, scenario, code…" aria-label="Find"></label>
  ${outOfScope ? '<label><input type="checkbox" id="scope-toggle"> Include other actors</label>' : ''}
  <span class="shown" id="shown" aria-live="polite"></span>
</div></div>`;
}

export function renderAssuranceReport(model: AssuranceReportModel, options: RenderOptions = {}): string {
  const maxBodyChars = options.maxBodyChars ?? failingBodyCap(model);
  const maxPassingBodyChars = Math.min(options.maxPassingBodyChars ?? DEFAULT_MAX_PASSING_BODY_CHARS, maxBodyChars);
  const scenarios = model.scenarios.map((scenario) => renderScenario(scenario, { maxBodyChars, maxPassingBodyChars })).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(REPORT_SCRIPT))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="booking-assurance">
<title>${escapeHtml(`${model.title} — ${model.context.target.name}`)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
${renderRunHeader(model)}
${renderToolbar(model)}
<main>
${renderSummary(model)}
${renderAttentionList(model)}
${renderObligationMatrix(model)}
<section id="scenarios" data-filter-group="scenarios" aria-labelledby="scenarios-h">
  <h2 id="scenarios-h">Scenarios and evidence</h2>
  <p class="note">Failures first. Open a scenario to see its steps and every HTTP exchange it made: request, response, decoded JWT claims and timing. <button type="button" class="chip" id="expand-all" aria-pressed="false">Expand all scenarios</button></p>
${scenarios}
  <p class="empty-note" hidden>No scenario matches the filters.</p>
</section>
</main>
<footer>Generated ${escapeHtml(model.run.generatedAt)} by booking-assurance from the run's cucumber messages. Bodies are cut here at ${maxBodyChars.toLocaleString('en-GB')} characters (${maxPassingBodyChars.toLocaleString('en-GB')} for passing scenarios); the evidence pack holds every exchange as recorded (exchanges.har) with a SHA-256 manifest.</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
