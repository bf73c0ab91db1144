// The assurance report in a real headless Chromium: it renders offline (no request but the file
// itself), its script runs under its own Content-Security-Policy, the matrix has a row per
// obligation, the filters hide what they should, an anchor reveals its target, and a failing
// scenario opens on its evidence. The screenshot is kept as a test artifact.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildReportModel } from '../../src/assurance-report/build-report-model.ts';
import { renderAssuranceReport } from '../../src/assurance-report/render-assurance-report.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium, type ChromiumPage } from './chromium-page.ts';
import { SAMPLE_CONTEXT, SAMPLE_COVERAGE, SAMPLE_INDEX, sampleEnvelopes } from './sample-run.ts';
import { readRunModel } from '../../src/run-model/read-run-model.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../reports/test-artifacts');
const skip = hasChromium() ? false : `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH; CI installs Debian's chromium)`;

const visibleIds = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((el) => !el.hidden).map((el) => el.id)`;

describe('the assurance report in headless Chromium', { skip, timeout: 30_000 }, () => {
  let page: ChromiumPage;
  const requests: string[] = [];
  const problems: string[] = [];
  let fileUrl: string;

  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'assurance-report.html');
    const model = buildReportModel({ run: readRunModel(sampleEnvelopes(), SAMPLE_INDEX.obligations), obligationsIndex: SAMPLE_INDEX, coverage: SAMPLE_COVERAGE, runContext: SAMPLE_CONTEXT, generatedAt: new Date('2026-03-16T08:05:00Z') });
    await writeFile(file, renderAssuranceReport(model));
    fileUrl = pathToFileURL(file).href;
    page = await launchChromium({ width: 1400, height: 1000 });
    page.on('Network.requestWillBeSent', (params) => requests.push((params.request as { url: string }).url));
    page.on('Runtime.exceptionThrown', (params) => problems.push(JSON.stringify(params.exceptionDetails)));
    page.on('Log.entryAdded', (params) => problems.push(String((params.entry as { text: string }).text)));
    await page.send('Network.enable');
    await page.send('Log.enable');
    await page.navigate(fileUrl);
  });

  after(async () => {
    await page?.close();
  });

  it('renders offline: the file is the only request, and the script ran without errors', async () => {
    assert.equal(await page.evaluate('document.documentElement.dataset.ready'), 'true');
    assert.deepEqual(requests, [fileUrl]);
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate('document.title'), 'NHS Booking API — Provider assurance report — Example provider <Trust>');
  });

  it('never runs a script from a response body, and shows it as text', async () => {
    assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
    assert.equal(await page.evaluate('document.querySelectorAll("#scenarios img").length'), 0);
    assert.match(await page.evaluate<string>('document.querySelector("#sc-slots-18--x1-1 .response pre.body").textContent'), /"comment": "<script>window.__pwned = true<\/script><img src=x onerror=/);
  });

  it('has a matrix row per obligation, other actors hidden until asked for', async () => {
    assert.deepEqual(await page.evaluate('[...document.querySelectorAll("#matrix-table tbody tr")].map((tr) => tr.id)'), SAMPLE_INDEX.obligations.map((entry) => entry.id));
    assert.deepEqual(await page.evaluate(visibleIds('#matrix-table tbody tr')), ['CAP-05', 'SLOT-07', 'SLOT-10', 'SLOT-29', 'SLOT-32', 'SLOT-37', 'JWT-13', 'PROF-03', 'NFR-09']);
    await page.evaluate('document.getElementById("scope-toggle").click()');
    assert.equal(await page.evaluate(`${visibleIds('#matrix-table tbody tr')}.length`), 10);
    await page.evaluate('document.getElementById("scope-toggle").click()');
  });

  it('filters by verdict and area, and keeps the filter in the URL hash', async () => {
    await page.evaluate('document.querySelector(\'.chip[data-verdict="fail"]\').click()');
    assert.deepEqual(await page.evaluate(visibleIds('#matrix-table tbody tr')), ['SLOT-10', 'SLOT-32', 'PROF-03']);
    assert.deepEqual(await page.evaluate(visibleIds('#scenarios details.scenario')), ['sc-slots-18', 'sc-slots-26']);
    assert.equal(await page.evaluate('location.hash'), '#filter?verdict=fail');
    await page.evaluate('(() => { const s = document.getElementById("area-filter"); s.value = "PROF"; s.dispatchEvent(new Event("change")); })()');
    assert.deepEqual(await page.evaluate(visibleIds('#matrix-table tbody tr')), ['PROF-03']);
    assert.equal(await page.evaluate('document.getElementById("shown").textContent'), 'Showing 1 of 10 obligations · 1 of 5 scenarios');
    await page.evaluate('document.querySelector(\'.chip[data-verdict="all"]\').click()');
    await page.evaluate('(() => { const s = document.getElementById("area-filter"); s.value = "all"; s.dispatchEvent(new Event("change")); })()');
    assert.equal(await page.evaluate(`${visibleIds('#scenarios details.scenario')}.length`), 5);
  });

  it('reveals an obligation anchor even when a filter hides it', async () => {
    await page.evaluate('document.querySelector(\'.chip[data-verdict="fail"]\').click()');
    await page.evaluate('location.hash = "#SLOT-07"; new Promise((done) => setTimeout(done, 50))');
    assert.equal(await page.evaluate('document.getElementById("SLOT-07").hidden'), false);
    assert.equal(await page.evaluate('document.querySelector(".chip[aria-pressed=true]").dataset.verdict'), 'all');
  });

  it('opens a failing scenario on its evidence when clicked', async () => {
    assert.equal(await page.evaluate('document.getElementById("sc-slots-18").open'), false);
    await page.evaluate('document.querySelector(\'#attention a.open-scenario[href="#sc-slots-18"]\').click()');
    assert.equal(await page.evaluate('document.getElementById("sc-slots-18").open'), true);
    assert.equal(await page.evaluate('document.getElementById("sc-slots-18--x1-1").open'), true);
    const evidence = await page.evaluate<{ height: number; code: string; claim: string }>(`(() => {
      const scenario = document.getElementById('sc-slots-18');
      return {
        height: scenario.querySelector('#sc-slots-18--x1-1 .response pre.body').getBoundingClientRect().height,
        code: scenario.querySelector('.record .code').textContent,
        claim: [...scenario.querySelectorAll('.claims tr')].find((tr) => tr.textContent.includes('requested_scope')).querySelector('td').textContent,
      };
    })()`);
    assert.ok(evidence.height > 100, `the response body is laid out (${evidence.height}px)`);
    assert.equal(evidence.code, 'STATUS_MISMATCH');
    assert.equal(evidence.claim, 'organization/slot.read');
    const size = await page.evaluate<{ width: number; height: number }>('({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })');
    await page.send('Emulation.setDeviceMetricsOverride', { width: 1400, height: Math.min(size.height, 6000), deviceScaleFactor: 1, mobile: false });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot(join(ARTIFACTS, 'assurance-report.png'));
    assert.deepEqual(requests, [fileUrl]);
  });
});
