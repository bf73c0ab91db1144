import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildReportModel } from '../../src/assurance-report/build-report-model.ts';
import { renderAssuranceReport } from '../../src/assurance-report/render-assurance-report.ts';
import type { Exchange } from '../../src/client/exchange.ts';
import { buildRunEnvelopes, exchangeAttachment } from './envelope-builder.ts';
import { SAMPLE_CONTEXT, SAMPLE_COVERAGE, SAMPLE_INDEX, sampleEnvelopes } from './sample-run.ts';
import { readRunModel } from '../../src/run-model/read-run-model.ts';

const GENERATED_AT = new Date('2026-03-16T08:05:00Z');
const model = buildReportModel({ run: readRunModel(sampleEnvelopes(), SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, coverage: SAMPLE_COVERAGE, runContext: SAMPLE_CONTEXT, generatedAt: GENERATED_AT });
const html = renderAssuranceReport(model);

function count(pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

describe('renderAssuranceReport', () => {
  it('is one self-contained page: no external resource, one inline script allowed by hash', () => {
    assert.equal(count(/<script\b/g), 1);
    assert.equal(count(/<[a-z][^<>]*\ssrc=/gi), 0);
    assert.equal(count(/<link\b/g), 0);
    assert.equal(count(/url\(|@import/g), 0);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]);
    assert.deepEqual(hrefs.filter((href) => !href.startsWith('#')), ['cucumber.html', 'junit.xml']);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-${hash.replace(/[+/]/g, '\\$&')}&#39;`));
  });

  it('shows hostile response bodies as text, never as markup', () => {
    assert.equal(html.includes('<script>window.__pwned'), false);
    assert.equal(html.includes('<img src=x'), false);
    assert.equal(count(/&lt;script&gt;window.__pwned = true&lt;\/script&gt;&lt;img src=x onerror=/g), 2);
    assert.ok(html.includes('<title>NHS Booking API — Provider assurance report — Example provider &lt;Trust&gt;</title>'));
  });

  it('never shows a secret of the target configuration', () => {
    assert.equal(html.includes('hunter2'), false);
    assert.ok(html.includes('&quot;passphrase&quot;: &quot;[redacted]&quot;'));
  });

  it('has a matrix row, anchored by id, for every obligation of the index', () => {
    const rows = [...html.matchAll(/<tr id="([A-Z]+-\d+)" class="ob-row" data-verdict="([a-z]+)" data-areas="([A-Z]+)" data-scope="(in|out)"/g)];
    assert.deepEqual(rows.map((row) => row[1]), SAMPLE_INDEX.obligations.map((entry) => entry.id));
    assert.deepEqual(rows.map((row) => row[2]), ['untested', 'untested', 'pass', 'fail', 'skipped', 'fail', 'untested', 'inconclusive', 'fail', 'untested']);
    assert.equal(rows.find((row) => row[1] === 'SLOT-02')?.[4], 'out');
    assert.ok(html.includes('<td class="scal"><span class="scal-id">P11</span> <span class="scal-id">P12</span></td>'));
    assert.ok(html.includes('Witness evidence only: a provider cannot be made to fail on demand'));
  });

  it('lists failures first and opens the exchange a failure names', () => {
    const scenarioIds = [...html.matchAll(/<details class="scenario [^"]*" id="([^"]+)" data-verdict="([a-z]+)"/g)].map((match) => match[2]);
    assert.deepEqual(scenarioIds, ['fail', 'fail', 'inconclusive', 'skipped', 'pass']);
    assert.match(html, /<details class="exchange purpose-check" id="sc-slots-18--x1-1" open>/);
    assert.match(html, /<details class="exchange purpose-check" id="sc-slots-18--x1-2">/);
    assert.ok(html.includes('<dt>Expected</dt><dd><code class="value">[404]</code></dd><dt>Actual</dt><dd><code class="value">200</code></dd>'));
    assert.ok(html.includes('<dt>Actual (messages)</dt><dd><ul class="validation-messages"><li>Bundle/entry/0/resource/identifier must be array</li>'));
    assert.ok(html.includes('<th scope="row">claim <code>exp</code></th><td><code>1773648300</code> <span class="muted">(2026-03-16 08:05:00 UTC)</span></td>'));
  });

  it('summarises by level and verdict and draws one bar per area', () => {
    assert.ok(html.includes('<tr data-level="MUST"><th scope="row">MUST</th><td class="num has-fail">2</td><td class="num has-inconclusive">1</td><td class="num">0</td><td class="num">0</td><td class="num has-pass">1</td><td class="num total">4</td></tr>'));
    assert.equal(count(/<g class="chart-row" data-area="SLOT">/g), 2);
    assert.ok(html.includes('<title>Slot search: 2 fail, 1 skipped, 1 pass</title>'));
    assert.ok(html.includes('<p class="outcome v-fail" id="outcome">2 MUST scenarios failed — 5 scenarios: 2 failed · 1 inconclusive · 1 skipped · 1 passed</p>'));
  });

  it('cuts long bodies and says how much is not shown', () => {
    const big: Exchange = {
      id: 'x9-1',
      purpose: 'check',
      label: 'big',
      startedAt: '2026-03-16T08:00:00.000Z',
      durationMs: 3,
      request: { method: 'GET', url: 'https://p.example/Slot', headers: {} },
      response: { status: 200, statusText: 'OK', headers: {}, bodyText: 'y'.repeat(5_000), wireBytes: 5_000, utf8: true },
    };
    const envelopes = buildRunEnvelopes([{ name: 'big body', tags: ['@SLOT-07'], steps: [{ text: 'a', status: 'PASSED', attachments: [exchangeAttachment(big)] }] }]);
    const page = renderAssuranceReport(buildReportModel({ run: readRunModel(envelopes, SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, runContext: SAMPLE_CONTEXT, generatedAt: GENERATED_AT }), { maxBodyChars: 1_000 });
    assert.ok(page.includes(`<pre class="body">${'y'.repeat(1_000)}</pre><p class="truncated">4,000 more characters not shown here; the evidence pack (exchanges.har) has the body as recorded.</p>`));
  });

  it('renders the same model to the same bytes', () => {
    assert.equal(renderAssuranceReport(model), html);
  });
});
