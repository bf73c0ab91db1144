// The evidence pack: one .tar.gz holding every report of the run, a HAR 1.2 file of every exchange
// (one per messages file, beside it) and MANIFEST.sha256, ready to attach to an assurance
// submission. A reviewer checks it with `tar xzf … && cd evidence-pack && sha256sum -c MANIFEST.sha256`.
//
// tar.gz rather than zip: gzip comes with node:zlib, a ustar writer is small and deterministic,
// and the format opens everywhere a reviewer works (GNU tar, macOS, Windows' built-in tar.exe and
// Explorer, 7-Zip) — and the manifest check is the standard sha256sum one.
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseMessagesNdjson } from '../run-model/parse-messages-ndjson.ts';
import { readRunModel } from '../run-model/read-run-model.ts';
import type { ScenarioExchange } from '../run-model/scenario-outcome.ts';
import { buildHar } from './build-har.ts';
import { buildManifest } from './build-manifest.ts';
import { createTar, type TarEntry } from './create-tar.ts';

export const PACK_ROOT = 'evidence-pack';
export const MANIFEST_NAME = 'MANIFEST.sha256';

export interface EvidencePackInput {
  /** The run's reports folder; every file in it (and its sub-folders) goes into the pack. */
  readonly reportsDir: string;
  /** Default `<reportsDir>/evidence-pack.tar.gz`. */
  readonly outFile?: string;
  /** Named in the HAR `creator` and the README. */
  readonly tool: { readonly name: string; readonly version: string };
  /** The file times in the archive; defaults to now. */
  readonly createdAt?: Date;
  /** Paths under reportsDir (folders or files) left out; default `['test-artifacts']` (unit-test output is not run evidence). */
  readonly exclude?: readonly string[];
  /** Files from elsewhere to add, by their path in the pack (e.g. a consumer's recording). */
  readonly addFiles?: Readonly<Record<string, string>>;
  /**
   * The traffic of `<reportsDir>/messages.ndjson` as the run model already read it; other messages
   * files in the folder (another suite's) are read here.
   */
  readonly traffic?: readonly ScenarioExchange[];
}

export interface EvidencePackResult {
  readonly outFile: string;
  /** Paths inside the pack folder, as listed in the manifest. */
  readonly files: readonly string[];
  readonly exchanges: number;
  readonly bytes: number;
}

async function listFiles(root: string, dir: string, skip: (path: string, isDir: boolean) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    const path = relative(root, full).split(sep).join('/');
    if (skip(path, entry.isDirectory())) continue;
    if (entry.isDirectory()) found.push(...(await listFiles(root, full, skip)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** What each known file is, for the README (files not listed here are named without a note). */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'assurance-report.html': 'the assurance report (opens offline in any browser)',
  'exchanges.har': 'every HTTP exchange of the run (HAR 1.2; opens in browser dev tools)',
  'consumer-traffic.har': "the consumer's recorded traffic (HAR 1.2)",
  'cucumber.html': "cucumber's own report of the run",
  'junit.xml': 'the run as JUnit XML',
  'messages.ndjson': "the run's cucumber messages (the source of every other report)",
};

function readme(tool: EvidencePackInput['tool'], createdAt: Date, files: readonly string[]): string {
  const width = Math.max(...files.map((file) => file.length), MANIFEST_NAME.length) + 2;
  const line = (file: string, note: string | undefined) => `  ${note ? file.padEnd(width) + note : file}`;
  return [
    `Assurance evidence pack — ${tool.name} ${tool.version}, created ${createdAt.toISOString()}`,
    '',
    `Verify: sha256sum -c ${MANIFEST_NAME} (run in this folder)`,
    '',
    ...files.map((file) => line(file, file === MANIFEST_NAME ? 'SHA-256 of every other file' : DESCRIPTIONS[posix.basename(file)])),
    '',
  ].join('\n');
}

export async function writeEvidencePack(input: EvidencePackInput): Promise<EvidencePackResult> {
  const root = resolve(input.reportsDir);
  const outFile = resolve(input.outFile ?? join(root, 'evidence-pack.tar.gz'));
  const createdAt = input.createdAt ?? new Date();
  const excluded = new Set(input.exclude ?? ['test-artifacts']);
  const skip = (path: string, isDir: boolean) => {
    const name = posix.basename(path);
    if (name.startsWith('.') || excluded.has(path)) return true;
    return !isDir && (resolve(root, path) === outFile || /^evidence-pack.*\.tar\.gz$/.test(name));
  };
  const contents = new Map<string, Uint8Array>();
  for (const path of await listFiles(root, root, skip)) contents.set(path, await readFile(join(root, path)));
  for (const [path, file] of Object.entries(input.addFiles ?? {})) contents.set(path, await readFile(file));
  let exchanges = 0;
  for (const [path, data] of [...contents]) {
    if (posix.basename(path) !== 'messages.ndjson') continue;
    const found = path === 'messages.ndjson' && input.traffic ? input.traffic : readRunModel(parseMessagesNdjson(Buffer.from(data).toString('utf8')), []).traffic;
    exchanges += found.length;
    // A suite whose evidence is not HTTP exchanges (the consumer suite judges a recording) gets no empty HAR.
    if (found.length === 0) continue;
    contents.set(posix.join(posix.dirname(path), 'exchanges.har'), Buffer.from(JSON.stringify(buildHar(found, input.tool), null, 2)));
  }
  const listed = [...contents.keys(), 'README.txt'].sort();
  contents.set('README.txt', Buffer.from(readme(input.tool, createdAt, [...listed, MANIFEST_NAME].sort())));
  const files = [...contents].map(([path, data]) => ({ path, data }));
  const manifest = Buffer.from(buildManifest(files));
  const entries: TarEntry[] = [...files, { path: MANIFEST_NAME, data: manifest }]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => ({ path: `${PACK_ROOT}/${file.path}`, data: file.data, mtimeMs: createdAt.getTime() }));
  const archive = gzipSync(createTar(entries), { level: 9 });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, archive);
  return { outFile, files: listed, exchanges, bytes: archive.byteLength };
}
