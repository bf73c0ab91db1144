// The package as a consumer team gets it: `npm pack` (which builds dist/ on prepack), installed into
// an empty folder with no network (every dependency comes from the npm cache, pinned by this
// project's lockfile), then the installed CLI and the in-process API used from there. On a Node
// older than the engines range, the CLI and the library each say in one line which Node is needed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'booking-assurance-install-'));
const project = join(dir, 'consumer-project');
const bin = join(project, 'node_modules', '.bin', 'booking-assurance');
after(() => rmSync(dir, { recursive: true, force: true }));

interface LockPackage { readonly dev?: boolean; readonly [key: string]: unknown }

/** A lockfile for the empty project: the tarball, and this project's runtime dependencies as locked here. */
function lockfileFor(tarball: string, integrity: string): unknown {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const runtime = Object.fromEntries(Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true));
  return {
    name: 'consumer-project',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'consumer-project', dependencies: { 'booking-assurance': `file:${tarball}` } },
      'node_modules/booking-assurance': { version: own.version, resolved: `file:${tarball}`, integrity, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
      ...runtime,
    },
  };
}

before(() => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as { filename: string }[];
  execFileSync('mkdir', ['-p', project]);
  execFileSync('mv', [join(dir, packed.filename), join(project, packed.filename)]);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(join(project, packed.filename))).digest('base64')}`;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer-project', version: '1.0.0', private: true, type: 'module', dependencies: { 'booking-assurance': `file:${packed.filename}` } }, null, 2));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(lockfileFor(packed.filename, integrity), null, 2));
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
});

test('the tarball carries the built code and no TypeScript sources or tests', () => {
  const installed = join(project, 'node_modules', 'booking-assurance');
  for (const file of ['dist/bin/mock.js', 'dist/entry/mock.js', 'dist/mocks/fixtures/default.provider.yaml', 'dist/features/provider', 'dist/schemas', 'bin/booking-assurance.mjs', 'examples/trumpton.provider.yaml']) {
    assert.ok(existsSync(join(installed, file)), file);
  }
  for (const file of ['bin/mock.ts', 'mocks', 'src', 'test']) assert.ok(!existsSync(join(installed, file)), `${file} is not shipped`);
});

test('the installed CLI: `booking-assurance mock` serves, and `assure` runs the suite from the package', async () => {
  const child = spawn(bin, ['mock'], { cwd: project, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const first = String((await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next()).value);
  assert.match(first, /^Mock provider listening at http:\/\/127\.0\.0\.1:\d+$/);
  const res = await fetch(`${first.replace('Mock provider listening at ', '')}/metadata`);
  assert.equal(res.status, 403);
  await res.arrayBuffer();
  child.kill('SIGTERM');
  assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 0);

  const assure = spawnSync(bin, ['assure', '--tags', '@SLOT-07', '--provider', 'node_modules/booking-assurance/examples/trumpton.provider.yaml'], { cwd: project, encoding: 'utf8' });
  assert.equal(assure.status, 0, assure.stdout + assure.stderr);
  assert.match(assure.stdout, /\d+ scenarios: [1-9]\d* pass, 0 fail, 0 inconclusive/);
  assert.ok(existsSync(join(project, 'reports', 'coverage.md')), 'reports land where it is run');
});

test('the in-process API, imported from the installed package with no build step', () => {
  const example = [
    "import { createMockProvider } from 'booking-assurance/mock';",
    "import { buildJwt } from 'booking-assurance/jwt';",
    "const mock = createMockProvider({ nowMs: Date.parse('2026-03-16T08:00:00Z') });",
    'mock.listen();',
    "const jwt = buildJwt({ audience: mock.baseUrl, scope: 'organization/slot.read', nowSec: mock.state.clock.nowSeconds(), odsCode: 'A1001' });",
    "const res = await fetch(`${mock.baseUrl}/Slot?schedule.actor:healthcareservice=2329483525&status=free`, { headers: { Authorization: jwt.authorization, Accept: 'application/fhir+json' } });",
    'console.log((await res.json()).total);',
    'mock.close();',
    "const trumpton = createMockProvider({ provider: 'node_modules/booking-assurance/examples/trumpton.provider.yaml' });",
    'console.log(trumpton.state.store.providerAsid);',
  ].join('\n');
  writeFileSync(join(project, 'example.mjs'), example);
  const run = spawnSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const [total, asid] = run.stdout.trim().split('\n');
  assert.ok(Number(total) > 0, run.stdout);
  assert.equal(asid, '918999198738');
});

// A Node older than the engines range, if this machine has one (e.g. a system Node 20).
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  if (!existsSync(path)) return false;
  const [major, minor] = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
  return major < 22 || (major === 22 && minor < 18);
});

test('on an older Node every entry point says in one line which Node is needed', { skip: OLD_NODE ? false : 'no Node older than the engines range on this machine' }, () => {
  for (const command of ['mock', 'assure', 'consumer-assure', 'doctor', 'evidence-pack']) {
    const run = spawnSync(OLD_NODE as string, [bin, command], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 1, command);
    assert.match(run.stderr, /^booking-assurance needs Node\.js >=22\.18 \(this is Node\.js \d+\.\d+\.\d+\): install Node\.js 24 LTS from https:\/\/nodejs\.org\S* \(or `nvm install 24`\), then run it again\.\n$/, command);
  }
  for (const entry of ['mock', 'server', 'jwt', 'provider']) {
    const run = spawnSync(OLD_NODE as string, ['--input-type=module', '-e', `import('booking-assurance/${entry}').catch((e) => { console.error(e.message); process.exit(1); })`], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 1, entry);
    assert.match(run.stderr, /^booking-assurance needs Node\.js >=22\.18 .*\n$/, `${entry}: ${run.stderr}`);
  }
});
