// A verdict or warning record: stable code, the reason, the obligations it names, expected and
// actual, and a link to the exchange it is about. A list of strings as `actual` is how validators
// report, so it is shown as a list of validation messages.
import { escapeHtml } from './escape-html.ts';
import { formatEvidenceText } from './format-evidence-text.ts';
import { exchangeAnchor } from './render-exchange.ts';
import type { RecordEvidence } from './report-model.ts';

const VALUE_CHARS = 4_000;
const MAX_MESSAGES = 50;
/** Short values read better on one line (`[404]`) than pretty-printed. */
const COMPACT_CHARS = 100;

function renderValue(value: unknown): string {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    const items = value.slice(0, MAX_MESSAGES).map((item) => `<li>${escapeHtml(item)}</li>`).join('');
    const more = value.length > MAX_MESSAGES ? `<li class="muted">… ${value.length - MAX_MESSAGES} more</li>` : '';
    return `<ul class="validation-messages">${items}${more}</ul>`;
  }
  const compact = JSON.stringify(value);
  if (compact !== undefined && compact.length <= COMPACT_CHARS) return `<code class="value">${escapeHtml(typeof value === 'string' ? value : compact)}</code>`;
  const shown = formatEvidenceText(value, VALUE_CHARS);
  return `<pre class="value">${escapeHtml(shown.text)}${shown.omitted > 0 ? `\n… ${shown.omitted} more characters` : ''}</pre>`;
}

function isValidationList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

export function renderRecord(record: RecordEvidence, scenarioAnchor: string, tone: string, exchangeIds: ReadonlySet<string>): string {
  const obligations = record.obligations.map((id) => `<a href="#${escapeHtml(id)}" class="ob-ref">${escapeHtml(id)}</a>`).join(' ');
  const exchange = record.exchangeId
    ? exchangeIds.has(record.exchangeId)
      ? ` · exchange <a href="#${escapeHtml(exchangeAnchor(scenarioAnchor, record.exchangeId))}" class="ex-ref">${escapeHtml(record.exchangeId)}</a>`
      : ` · exchange <code>${escapeHtml(record.exchangeId)}</code>`
    : '';
  const rows: string[] = [];
  if ('expected' in record) rows.push(`<dt>Expected</dt><dd>${renderValue(record.expected)}</dd>`);
  if ('actual' in record) rows.push(`<dt>${isValidationList(record.actual) ? 'Actual (messages)' : 'Actual'}</dt><dd>${renderValue(record.actual)}</dd>`);
  return `<div class="record tone-${escapeHtml(tone)}">
<p class="record-head"><code class="code">${escapeHtml(record.code)}</code> ${escapeHtml(record.message)}</p>
<p class="record-refs">${obligations ? `Obligations ${obligations}` : ''}${exchange}</p>
${rows.length > 0 ? `<dl class="expected-actual">${rows.join('')}</dl>` : ''}
</div>`;
}
