// A provider file wherever a provider is chosen: POST /_admin/provider (YAML or JSON, refused whole
// with line and field), `npm run mock -- --provider`, and createMockProvider({ provider }).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createMockProvider } from '../../mocks/create-mock-provider.ts';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
const TRUMPTON = fileURLToPath(new URL('../../examples/trumpton.provider.yaml', import.meta.url));
const YAML = readFileSync(TRUMPTON, 'utf8');
let mock: RunningMock;

before(async () => { mock = await startMockServer({ port: 0, nowMs: NOW }); });
after(async () => { await mock.close(); });

function admin(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${new URL(mock.baseUrl).origin}/_admin/${path}`, init);
}

function slotRead(baseUrl: string, nowSec: number, odsCode = 'A1001'): Record<string, string> {
  return { Authorization: buildJwt({ audience: baseUrl, scope: 'organization/slot.read', nowSec, odsCode }).authorization ?? '', Accept: 'application/fhir+json' };
}

test('POST /_admin/provider loads a YAML provider file; a bad one is refused whole with line and field', async () => {
  const loaded = await admin('provider', { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: YAML });
  assert.equal(loaded.status, 200);
  const state = await loaded.json();
  assert.deepEqual(state.provider, { name: 'Trumpton Urgent Care Services', origin: 'request body (YAML)', asid: '918999198738' });
  const search = await fetch(`${mock.baseUrl}/Slot?service=0123944122&status=free`, { headers: slotRead(mock.baseUrl, Math.floor(NOW / 1000)) });
  const bundle = await search.json();
  assert.equal(search.status, 200);
  assert.ok(bundle.entry.some((e: { resource: { id: string } }) => e.resource.id === 'schedule-3-20260316-0900'));

  const bad = await admin('provider', { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: YAML.replace('schedule: schedule-3 }\nconsumers', 'schedule: schedule-9 }\nconsumers') });
  assert.equal(bad.status, 400);
  const outcome = await bad.json();
  assert.equal(outcome.resourceType, 'OperationOutcome');
  assert.match(outcome.issue[0].diagnostics, /nothing was loaded: request body \(YAML\):22:\d+ mapping\[4\]\.schedule: names no schedule of this file \(schedule-9\)/);
  const after = await (await admin('state')).json();
  assert.equal(after.provider.name, 'Trumpton Urgent Care Services', 'the previous provider stays');

  const json = await admin('provider', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"provider":{"name":"X","asid":"1"}}' });
  assert.equal(json.status, 400);
  assert.match((await json.json()).issue[0].diagnostics, /request body \(JSON\):1:1 services: is required/);

  const explained = await (await admin('explain?service=0123944122&ods=B2002')).json();
  const withheld = explained.slots.find((s: { slotId: string }) => s.slotId === 'schedule-3-20260316-0900');
  assert.deepEqual([withheld.verdict, withheld.rule], ['not-released-to-organisation', 'release[0]: schedule schedule-3 released only to ODS A1001']);
  const fixture = await admin('fixture', { method: 'POST', body: '{"name":"default"}' });
  assert.equal((await fixture.json()).provider.name, 'default');
});

test('npm run mock -- --provider: serves the file; a bad file exits 2 naming file, line and field', async () => {
  const child = spawn(process.execPath, ['bin/mock.ts', '--provider', TRUMPTON, '--freeze', '2026-03-16T07:30:00Z'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = String((await lines.next()).value);
  assert.match(first, /^Mock provider listening at /);
  assert.match(String((await lines.next()).value), /provider Trumpton Urgent Care Services/);
  const base = first.replace('Mock provider listening at ', '');
  const search = await fetch(`${base}/Slot?service=124459850&status=free`, { headers: slotRead(base, Math.floor(NOW / 1000)) });
  assert.equal(search.status, 200);
  assert.equal((await search.json()).entry[0].resource.start, '2026-03-16T08:00:00.000+00:00');
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));

  const bad = spawn(process.execPath, ['bin/mock.ts', '--provider', 'mocks/fixtures/nope.yaml'], { env: { ...process.env, PORT: '0' } });
  let err = '';
  bad.stderr.on('data', (c) => { err += c; });
  assert.equal(await new Promise((resolve) => bad.on('exit', resolve)), 2);
  assert.match(err, /nope\.yaml \(file\): cannot be read \(ENOENT\)/);
});

test('createMockProvider({ provider }): a path or a document; the file\'s frozen clock and switches apply', async () => {
  const doc = {
    provider: { name: 'Clocked', asid: '918999198738' },
    services: [{ id: '1000123456', name: 'UTC' }],
    schedules: [{ id: 'd', diary: { days: ['Mon'], from: '09:00', to: '10:00', minutes: 30, zone: 'Europe/London' } }],
    mapping: [{ service: '1000123456', schedule: 'd' }],
    switches: { unknownServiceStatus: 200 },
    clock: { freeze: '2026-03-29T12:00:00Z' },
  } as const;
  const mock = createMockProvider({ provider: doc });
  mock.listen();
  try {
    assert.equal(mock.state.clock.now(), Date.parse('2026-03-29T12:00:00Z'));
    assert.equal(mock.state.config.unknownServiceStatus, 200);
    const res = await fetch(`${mock.baseUrl}/Slot?service=1000123456`, { headers: slotRead(mock.baseUrl, mock.state.clock.nowSeconds()) });
    const bundle = await res.json();
    // Monday 30 March is in BST: local 09:00 is 08:00Z.
    assert.deepEqual(bundle.entry.filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Slot').map((e: { resource: { start: string } }) => e.resource.start), [
      '2026-03-30T08:00:00.000+00:00', '2026-03-30T08:30:00.000+00:00',
    ]);
  } finally {
    mock.close();
  }
  assert.throws(() => createMockProvider({ provider: { ...doc, mapping: [{ service: 'x', schedule: 'd' }] } }), /provider:\d+:\d+ mapping\[0\]\.service: names no service/);
  assert.equal(createMockProvider({ provider: TRUMPTON, nowMs: NOW }).state.store.providerAsid, '918999198738');
});
