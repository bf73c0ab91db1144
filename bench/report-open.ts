// How long the assurance report of a 200-scenario run takes to open in headless Chromium: a
// synthetic provider run with realistic evidence (three exchanges per scenario, week-long slot
// searchsets), rendered, then loaded from a file:// URL. Reported: the median of five loads of
// max(loadEventEnd, first-contentful-paint), measured by the page's own performance timeline.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildReportModel } from '../src/assurance-report/build-report-model.ts';
import { readRunModel } from '../src/run-model/read-run-model.ts';
import type { ObligationEntry } from '../src/assurance-report/report-inputs.ts';
import { renderAssuranceReport } from '../src/assurance-report/render-assurance-report.ts';
import type { Exchange } from '../src/client/exchange.ts';
import { launchChromium } from '../test/report/chromium-page.ts';
import { buildRunEnvelopes, exchangeAttachment, verdictAttachment, type FixtureScenario } from '../test/report/envelope-builder.ts';

const SCENARIOS = 200;
const LOADS = 5;
const BASE = 'https://provider.example.nhs.uk/STU3/1/careconnect/appointment';
const PREFIXES = ['CAP', 'SLOT', 'JWT', 'SSP', 'BOOK', 'XTI', 'READ', 'CAN', 'HTTP', 'TIME', 'ERR', 'PROF'];

function searchset(slots: number): string {
  const entry = Array.from({ length: slots }, (_, i) => ({
    fullUrl: `${BASE}/Slot/slot-${i}`,
    resource: { resourceType: 'Slot', id: `slot-${i}`, meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1'] }, identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: `6f1c0c2e-0000-4000-8000-${String(i).padStart(12, '0')}` }], schedule: { reference: 'Schedule/schedule-1' }, status: 'free', start: '2026-03-16T08:00:00+00:00', end: '2026-03-16T08:20:00+00:00' },
    search: { mode: 'match' },
  }));
  return JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: slots, entry });
}

function exchange(id: string, body: string): Exchange {
  return {
    id,
    purpose: 'check',
    label: 'search as the primary consumer',
    startedAt: '2026-03-16T08:00:00.000Z',
    durationMs: 35,
    request: { method: 'GET', url: `${BASE}/Slot?schedule.actor:healthcareservice=124459850&status=free&_include=Slot:schedule`, headers: { accept: 'application/fhir+json;charset=utf-8', authorization: 'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2NvbnN1bWVyIn0.', 'ssp-traceid': 'b7f0c1de-0000-4000-8000-000000000000', 'ssp-from': '900000000101', 'ssp-to': '900000000001', 'ssp-interactionid': 'urn:nhs:names:services:careconnect:fhir:rest:search:slot', 'x-request-id': 'a1b2c3d4' } },
    response: { status: 200, statusText: 'OK', headers: { 'content-type': 'application/fhir+json;charset=utf-8', date: 'Mon, 16 Mar 2026 08:00:00 GMT' }, bodyText: body, wireBytes: body.length, utf8: true },
    token: { header: { alg: 'none', typ: 'JWT' }, claims: { iss: 'https://consumer.example', aud: BASE, iat: 1773648000, exp: 1773648300, reason_for_request: 'directcare', requested_scope: 'organization/slot.read' } },
  };
}

function syntheticRun(): { scenarios: FixtureScenario[]; obligations: ObligationEntry[] } {
  const obligations = PREFIXES.flatMap((prefix) => Array.from({ length: 18 }, (_, i) => ({ id: `${prefix}-${String(i + 1).padStart(2, '0')}`, actor: i % 5 === 4 ? 'Consumer' : 'Provider', level: i % 3 === 2 ? 'SHOULD' : 'MUST', title: `Obligation ${i + 1} of ${prefix}, worded as the catalogue words it, long enough to wrap over two lines in the matrix.`, source: `PAT P${(i % 42) + 1}` })));
  const body = searchset(210);
  const scenarios = Array.from({ length: SCENARIOS }, (_, n): FixtureScenario => {
    const id = obligations[n % obligations.length].id;
    const exchanges = [1, 2, 3].map((k) => exchangeAttachment(exchange(`x${n}-${k}`, body)));
    const last = n % 20 === 0
      ? { text: 'the response status is 404', status: 'FAILED' as const, attachments: [verdictAttachment({ verdict: 'fail', code: 'STATUS_MISMATCH', message: 'an unknown service id was answered with slots', obligations: [id], expected: [404], actual: 200, exchangeId: `x${n}-3` })] }
      : n % 33 === 0
        ? { text: 'the clocks agree', status: 'PENDING' as const, attachments: [verdictAttachment({ verdict: 'inconclusive', code: 'INCONCLUSIVE_CLOCK_SKEW', message: 'the target clock is 4 s ahead', obligations: [id] })] }
        : { text: 'every slot is free', status: 'PASSED' as const };
    return { name: `Scenario ${n + 1} verifies ${id}`, uri: `features/provider/area-${n % 12}.feature`, line: 5 + n, tags: [`@${id}`, '@must'], steps: [{ text: 'a slot search', status: 'PASSED' }, { text: 'the consumer searches for slots', status: 'PASSED', attachments: exchanges }, last] };
  });
  return { scenarios, obligations };
}

export async function measureReportOpen(): Promise<{ scenarios: number; openMs: number; htmlBytes: number }> {
  const { scenarios, obligations } = syntheticRun();
  const model = buildReportModel({
    run: readRunModel(buildRunEnvelopes(scenarios), obligations),
    obligationsIndex: { obligations },
    runContext: { suite: 'provider', target: { name: 'Synthetic provider', baseUrl: BASE }, versions: { 'booking-assurance': 'bench' }, clock: { source: 'system clock (UTC)' } },
    generatedAt: new Date(),
  });
  const html = renderAssuranceReport(model);
  const dir = await mkdtemp(join(tmpdir(), 'report-open-'));
  const file = join(dir, 'assurance-report.html');
  await writeFile(file, html);
  const page = await launchChromium();
  try {
    const times: number[] = [];
    for (let load = 0; load <= LOADS; load += 1) {
      await page.navigate(`${pathToFileURL(file).href}?load=${load}`);
      // Wait a frame after load so first-contentful-paint is in the timeline.
      const ms = await page.evaluate<number>(`new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        done(Math.max(nav.loadEventEnd, paint ? paint.startTime : 0));
      }, 0)))`);
      if (load > 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return { scenarios: model.scenarios.length, openMs: Math.round(times[Math.floor(times.length / 2)]), htmlBytes: Buffer.byteLength(html) };
  } finally {
    await page.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureReportOpen();
  console.log(`assurance report, ${result.scenarios} scenarios with evidence: ${(result.htmlBytes / 1e6).toFixed(2)} MB, opens in ${result.openMs} ms in headless Chromium (median of ${LOADS})`);
}
