// The evidence pack end to end: a reports folder as a run leaves it → one tar.gz; unpacked with the
// tar command, every file's SHA-256 is recomputed and must match MANIFEST.sha256, every file is
// listed, and the HAR holds every exchange of every messages file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeEvidencePack, type EvidencePackResult } from '../../src/evidence-pack/write-evidence-pack.ts';
import { sampleEnvelopes } from './sample-run.ts';

const CREATED_AT = new Date('2026-03-16T08:10:00Z');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

describe('writeEvidencePack', () => {
  let work: string;
  let result: EvidencePackResult;
  let unpacked: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'evidence-pack-'));
    const reports = join(work, 'reports');
    mkdirSync(join(reports, 'consumer'), { recursive: true });
    mkdirSync(join(reports, 'test-artifacts'), { recursive: true });
    const ndjson = sampleEnvelopes().map((envelope) => JSON.stringify(envelope)).join('\n');
    writeFileSync(join(reports, 'messages.ndjson'), ndjson);
    writeFileSync(join(reports, 'cucumber.html'), '<html>cucumber</html>');
    writeFileSync(join(reports, 'junit.xml'), '<testsuite/>');
    writeFileSync(join(reports, 'assurance-report.html'), '<!DOCTYPE html><title>report</title>');
    writeFileSync(join(reports, 'coverage.json'), '{"untested":{}}');
    writeFileSync(join(reports, 'consumer', 'messages.ndjson'), ndjson);
    writeFileSync(join(reports, 'test-artifacts', 'assurance-report.png'), 'not run evidence');
    writeFileSync(join(reports, '.gitkeep'), '');
    writeFileSync(join(reports, 'evidence-pack-old.tar.gz'), 'an older pack');
    writeFileSync(join(work, 'recording.har'), '{"log":{}}');
    result = await writeEvidencePack({ reportsDir: reports, tool: { name: 'booking-assurance', version: '0.1.0' }, createdAt: CREATED_AT, addFiles: { 'consumer-traffic.har': join(work, 'recording.har') } });
    unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', result.outFile, '-C', unpacked]);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('packs every report, a HAR beside each messages file, a README and the manifest, and nothing else', () => {
    assert.equal(result.outFile, join(work, 'reports', 'evidence-pack.tar.gz'));
    assert.deepEqual(result.files, ['README.txt', 'assurance-report.html', 'consumer-traffic.har', 'consumer/exchanges.har', 'consumer/messages.ndjson', 'coverage.json', 'cucumber.html', 'exchanges.har', 'junit.xml', 'messages.ndjson']);
    const root = join(unpacked, 'evidence-pack');
    assert.deepEqual(walk(root).map((file) => relative(root, file)).sort(), [...result.files, 'MANIFEST.sha256'].sort());
    assert.equal(result.exchanges, 6);
  });

  it('has a manifest whose hashes match the unpacked files', () => {
    const root = join(unpacked, 'evidence-pack');
    const lines = readFileSync(join(root, 'MANIFEST.sha256'), 'utf8').trimEnd().split('\n');
    assert.deepEqual(lines.map((line) => line.slice(66)), result.files);
    for (const line of lines) {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      assert.ok(match, `manifest line: ${line}`);
      assert.equal(createHash('sha256').update(readFileSync(join(root, match[2]))).digest('hex'), match[1], match[2]);
    }
    assert.equal(readFileSync(join(root, 'junit.xml'), 'utf8'), '<testsuite/>');
    assert.match(execFileSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: root }).toString(), /^README\.txt: OK\n[\s\S]*messages\.ndjson: OK\n$/);
  });

  it('explains each file in a README', () => {
    const readme = readFileSync(join(unpacked, 'evidence-pack', 'README.txt'), 'utf8');
    assert.match(readme, /^Assurance evidence pack — booking-assurance 0\.1\.0, created 2026-03-16T08:10:00\.000Z\n\nVerify: sha256sum -c MANIFEST\.sha256 \(run in this folder\)\n/);
    assert.match(readme, /\n {2}MANIFEST\.sha256 +SHA-256 of every other file\n/);
    assert.match(readme, /\n {2}consumer\/exchanges\.har +every HTTP exchange of the run \(HAR 1\.2; opens in browser dev tools\)\n/);
    assert.match(readme, /\n {2}coverage\.json\n/);
  });

  it('holds a HAR 1.2 of every exchange', () => {
    const har = JSON.parse(readFileSync(join(unpacked, 'evidence-pack', 'exchanges.har'), 'utf8')) as { log: { version: string; entries: { _exchangeId: string }[] } };
    assert.equal(har.log.version, '1.2');
    assert.deepEqual(har.log.entries.map((entry) => entry._exchangeId), ['x2-1', 'x1-1', 'x1-2']);
  });

  it('leaves out the folders and files it is told to', async () => {
    const other = await writeEvidencePack({ reportsDir: join(work, 'reports'), outFile: join(work, 'provider-only.tar.gz'), tool: { name: 'booking-assurance', version: '0.1.0' }, createdAt: CREATED_AT, exclude: ['consumer', 'coverage.json', 'test-artifacts'] });
    assert.deepEqual(other.files, ['README.txt', 'assurance-report.html', 'cucumber.html', 'exchanges.har', 'junit.xml', 'messages.ndjson']);
    assert.equal(other.exchanges, 3);
  });

  it('is reproducible: the same folder and time give the same bytes', async () => {
    const first = readFileSync(result.outFile);
    await writeEvidencePack({ reportsDir: join(work, 'reports'), tool: { name: 'booking-assurance', version: '0.1.0' }, createdAt: CREATED_AT, addFiles: { 'consumer-traffic.har': join(work, 'recording.har') } });
    assert.deepEqual(readFileSync(result.outFile), first);
  });
});
