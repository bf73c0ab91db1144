// One HTTP exchange as evidence: request, response, the decoded JWT claims and the timing. Bodies
// are hostile text: escaped, and capped so a large searchset cannot make the report unopenable.
import { escapeHtml, escapeText } from './escape-html.ts';
import { formatDuration, formatEvidenceText, formatInstant } from './format-evidence-text.ts';
import type { ExchangeEvidence } from '../client/exchange-attachment.ts';

const TIME_CLAIMS = new Set(['iat', 'exp', 'nbf', 'auth_time']);

function headersTable(headers: Readonly<Record<string, string>>): string {
  const rows = Object.entries(headers).map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`);
  return rows.length > 0 ? `<table class="kv">${rows.join('')}</table>` : '<p class="muted">No headers recorded.</p>';
}

function bodyBlock(body: unknown, maxChars: number): string {
  if (body === undefined || body === '') return '<p class="muted">No body.</p>';
  const shown = formatEvidenceText(body, maxChars);
  const more = shown.omitted > 0 ? `<p class="truncated">${shown.omitted.toLocaleString('en-GB')} more characters not shown here; the evidence pack (exchanges.har) has the body as recorded.</p>` : '';
  return `<pre class="body">${escapeText(shown.text)}</pre>${more}`;
}

function claimValue(name: string, value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  const time = TIME_CLAIMS.has(name) && typeof value === 'number' ? ` <span class="muted">(${escapeHtml(formatInstant(new Date(value * 1000).toISOString()))})</span>` : '';
  return `<code>${escapeHtml(text)}</code>${time}`;
}

function tokenBlock(token: NonNullable<ExchangeEvidence['token']>): string {
  const entries = (part: string, value: unknown) =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).map(([name, inner]) => `<tr><th scope="row">${part} <code>${escapeHtml(name)}</code></th><td>${claimValue(name, inner)}</td></tr>`).join('')
      : `<tr><th scope="row">${part}</th><td>${claimValue('', value)}</td></tr>`;
  return `<section class="token"><h5>Decoded JWT (Authorization header)</h5><table class="kv claims">${entries('header', token.header)}${entries('claim', token.claims)}</table></section>`;
}

function statusClass(status: number): string {
  return `s-${Math.floor(status / 100)}xx`;
}

export function exchangeAnchor(scenarioAnchor: string, exchangeId: string): string {
  return `${scenarioAnchor}--${exchangeId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function renderExchange(exchange: ExchangeEvidence, scenarioAnchor: string, options: { readonly open: boolean; readonly maxBodyChars: number }): string {
  const { request, response } = exchange;
  const outcome = response
    ? `<span class="status ${statusClass(response.status)}">${escapeHtml(response.status)}</span>`
    : `<span class="status s-err">${escapeHtml(exchange.failure?.kind ?? 'no response')}</span>`;
  const responseBlock = response
    ? `<p class="meta">Status <strong>${escapeHtml(response.status)}</strong>${response.wireBytes !== undefined ? ` · ${escapeHtml(response.wireBytes)} bytes on the wire` : ''}${response.utf8 === false ? ' · <strong>not valid UTF-8</strong>' : ''}</p>` +
      (response.bodyProblem ? `<p class="problem">Body unreadable: <code>${escapeHtml(JSON.stringify(response.bodyProblem))}</code></p>` : '') +
      headersTable(response.headers) +
      bodyBlock(response.body, options.maxBodyChars)
    : `<p class="problem">No response: ${escapeHtml(exchange.failure ? `${exchange.failure.kind} — ${exchange.failure.message}` : 'none recorded')}</p>`;
  return `<details class="exchange purpose-${escapeHtml(exchange.purpose)}" id="${escapeHtml(exchangeAnchor(scenarioAnchor, exchange.id))}"${options.open ? ' open' : ''}>
<summary><span class="method">${escapeHtml(request.method)}</span> <span class="url">${escapeHtml(request.url)}</span> ${outcome} <span class="muted">${escapeHtml(formatDuration(exchange.durationMs))} · ${escapeHtml(exchange.id)}${exchange.purpose === 'setup' ? ' · setup' : ''}</span>${exchange.label ? `<span class="ex-label">${escapeHtml(exchange.label)}</span>` : ''}</summary>
<div class="ex-grid">
<section class="request"><h5>Request</h5><p class="meta">Sent ${escapeHtml(formatInstant(exchange.startedAt))} · answered in ${escapeHtml(formatDuration(exchange.durationMs))}</p>${headersTable(request.headers)}${'body' in request ? bodyBlock(request.body, options.maxBodyChars) : ''}</section>
<section class="response"><h5>Response</h5>${responseBlock}</section>
</div>
${exchange.token ? tokenBlock(exchange.token) : ''}
</details>`;
}
