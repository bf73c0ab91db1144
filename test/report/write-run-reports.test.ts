import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRunReports, type RunReportsResult } from '../../src/assurance-report/write-run-reports.ts';
import { readRunModel } from '../../src/run-model/read-run-model.ts';
import { SAMPLE_COVERAGE, SAMPLE_INDEX, sampleEnvelopes } from './sample-run.ts';

describe('writeRunReports', () => {
  let reports: string;
  let result: RunReportsResult;

  before(async () => {
    reports = join(mkdtempSync(join(tmpdir(), 'run-reports-')), 'reports');
    mkdirSync(join(reports, 'consumer'), { recursive: true });
    writeFileSync(join(reports, 'messages.ndjson'), sampleEnvelopes().map((envelope) => JSON.stringify(envelope)).join('\n'));
    writeFileSync(join(reports, 'cucumber.html'), '<html></html>');
    writeFileSync(join(reports, 'junit.xml'), '<testsuite/>');
    writeFileSync(join(reports, 'consumer-traffic.har'), '{}');
    writeFileSync(join(reports, 'consumer', 'messages.ndjson'), '');
    result = await writeRunReports({
      suite: 'provider',
      reportsDir: reports,
      run: readRunModel(sampleEnvelopes(), SAMPLE_INDEX.obligations),
      obligationsIndex: SAMPLE_INDEX,
      coverage: SAMPLE_COVERAGE,
      target: { name: 'Example provider', baseUrl: 'https://provider.example/STU3/1/careconnect/booking' },
      command: 'npm run assure -- --target example.json',
      now: new Date('2026-03-16T08:10:00Z'),
    });
  });

  after(() => rmSync(join(reports, '..'), { recursive: true, force: true }));

  it('writes the assurance report beside the run\'s reports, with versions and links to its siblings', () => {
    assert.equal(result.report.outFile, join(reports, 'assurance-report.html'));
    assert.deepEqual(result.report.scenarios, { fail: 2, inconclusive: 1, skipped: 1, 'not-run': 0, pass: 1 });
    const html = readFileSync(result.report.outFile, 'utf8');
    assert.ok(html.includes('<li><span>booking-assurance</span> <code>0.1.0</code></li><li><span>NHS Booking API</span> <code>2.0.4-live</code></li>'));
    assert.ok(html.includes('<a href="cucumber.html">cucumber.html</a> · <a href="junit.xml">junit.xml</a>'));
    assert.ok(html.includes('<code>npm run assure -- --target example.json</code>'));
    assert.ok(html.includes('&quot;baseUrl&quot;: &quot;https://provider.example/STU3/1/careconnect/booking&quot;'));
  });

  it('packs the provider reports without the consumer suite\'s folder and recording', () => {
    assert.equal(result.pack?.outFile, join(reports, 'evidence-pack.tar.gz'));
    assert.deepEqual(result.pack?.files, ['README.txt', 'assurance-report.html', 'cucumber.html', 'exchanges.har', 'junit.xml', 'messages.ndjson']);
  });
});
