// The top of the report: what was tested (target, redacted configuration), with what (tool and
// specification versions), when and by which clock, and the outcome in one line.
import { escapeHtml } from './escape-html.ts';
import { formatDuration, formatEvidenceText, formatInstant } from './format-evidence-text.ts';
import { maskSecrets } from './mask-secrets.ts';
import type { AssuranceReportModel, ScenarioVerdict } from './report-model.ts';

const CONFIG_CHARS = 20_000;

function outcomeLine(model: AssuranceReportModel): { readonly tone: ScenarioVerdict; readonly text: string } {
  const count = (verdict: ScenarioVerdict) => model.scenarios.filter((scenario) => scenario.verdict === verdict).length;
  const mustFails = model.summary.scenarios.MUST.fail;
  const parts = [`${count('fail')} failed`, `${count('inconclusive')} inconclusive`, `${count('skipped')} skipped`, ...(count('not-run') > 0 ? [`${count('not-run')} not run`] : []), `${count('pass')} passed`];
  const total = `${model.scenarios.length} scenarios: ${parts.join(' · ')}`;
  if (count('fail') > 0) return { tone: 'fail', text: `${mustFails} MUST scenario${mustFails === 1 ? '' : 's'} failed — ${total}` };
  if (count('inconclusive') > 0) return { tone: 'inconclusive', text: `No failures, but not every check could be decided — ${total}` };
  if (model.scenarios.length === 0) return { tone: 'skipped', text: 'No scenario ran' };
  return { tone: count('skipped') > 0 ? 'skipped' : 'pass', text: `No failures — ${total}` };
}

function fact(name: string, value: string): string {
  return `<div class="fact"><dt>${escapeHtml(name)}</dt><dd>${value}</dd></div>`;
}

export function renderRunHeader(model: AssuranceReportModel): string {
  const { context, run } = model;
  const outcome = outcomeLine(model);
  const config = context.target.config === undefined ? undefined : formatEvidenceText(maskSecrets(context.target.config), CONFIG_CHARS);
  const versions = Object.entries(model.versions).map(([name, version]) => `<li><span>${escapeHtml(name)}</span> <code>${escapeHtml(version)}</code></li>`).join('');
  const siblings = (context.siblingReports ?? []).map((file) => `<a href="${escapeHtml(encodeURI(file))}">${escapeHtml(file)}</a>`).join(' · ');
  const skew = context.clock.targetSkewMs === undefined ? '' : ` (harness − target: ${escapeHtml(context.clock.targetSkewMs)} ms)`;
  return `<header class="masthead">
  <div class="masthead-inner">
    <p class="kicker">Conformance assurance · ${escapeHtml(context.suite === 'provider' ? 'provider system under test' : 'consumer system under test')}</p>
    <h1>${escapeHtml(model.title)}</h1>
    <p class="target-line"><strong>${escapeHtml(context.target.name)}</strong>${context.target.baseUrl ? ` <code>${escapeHtml(context.target.baseUrl)}</code>` : ''}</p>
    <p class="outcome v-${outcome.tone}" id="outcome">${escapeHtml(outcome.text)}</p>
  </div>
</header>
<section class="run-facts" aria-label="Run">
  <dl class="facts">
    ${fact('Run started', escapeHtml(formatInstant(run.startedAt)))}
    ${fact('Run finished', escapeHtml(formatInstant(run.finishedAt)))}
    ${fact('Run time', run.durationMs === undefined ? '—' : escapeHtml(formatDuration(run.durationMs)))}
    ${fact('Report generated', escapeHtml(formatInstant(run.generatedAt)))}
    ${fact('Clock', `${escapeHtml(context.clock.source)}${skew}`)}
    ${context.command ? fact('Command', `<code>${escapeHtml(context.command)}</code>`) : ''}
    ${siblings ? fact('Other reports', siblings) : ''}
  </dl>
  <div class="versions"><h2 class="minor">Tool and specification versions</h2><ul>${versions}</ul></div>
  ${config ? `<details class="config"><summary>Target configuration (secrets redacted)</summary><pre>${escapeHtml(config.text)}${config.omitted > 0 ? `\n… ${config.omitted} more characters` : ''}</pre></details>` : ''}
</section>`;
}
