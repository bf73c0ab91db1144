// A dead target does not hold the run hostage: against a server that accepts connections and never
// answers, or one that starts an answer and never finishes it, the client's circuit breaker opens
// after a few timeouts and every remaining scenario ends inconclusive "target unreachable" at once.
// The whole suite then ends in seconds, not scenario count × timeout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const REQUEST_MS = 300;
const DEADLINE_MS = 45_000;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe('dead targets', () => {
  const suite = new QuietSuite();
  const sockets = new Set<Socket>();
  // Accepts TCP, reads nothing, writes nothing.
  const silent = createTcpServer((socket) => { sockets.add(socket); });
  // Answers 200 with a FHIR content type, sends a few bytes of body, and never ends it.
  const endless = createHttpServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/fhir+json;charset=utf-8' });
    res.write('{"resourceType":');
  });
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dead-'));
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    endless.closeAllConnections();
    silent.close();
    endless.close();
    await rm(dir, { recursive: true, force: true });
  });

  const targetFile = async (name: string, port: number) => {
    const file = join(dir, `${name}.json`);
    await writeFile(file, JSON.stringify({
      name, baseUrl: `http://127.0.0.1:${port}/fhir`, providerAsid: '900000000001', consumerAsid: '900000000101',
      services: { withFreeSlots: '124459850' },
      consumers: [{ role: 'primary', odsCode: 'A1001', name: 'Northfield 111 Service' }, { role: 'restricted', odsCode: 'B2002', name: 'Eastmoor' }],
      timeouts: { requestMs: REQUEST_MS },
    }));
    return file;
  };

  const servers: readonly [string, Server][] = [['a target that accepts and never answers', silent], ['a target whose answer never ends', endless]];
  for (const [name, server] of servers) {
    it(`${name}: the whole suite ends quickly, the rest inconclusive "target unreachable"`, async () => {
      const file = await targetFile(name.replace(/\W+/g, '-'), await listen(server));
      const started = performance.now();
      const run = await suite.run({ target: file });
      const elapsedMs = performance.now() - started;
      const ran = run.results.filter((r) => r.verdict !== 'not-run' && r.verdict !== 'skipped');
      const unreachable = ran.filter((r) => r.verdict === 'inconclusive' && reasonText(r)?.startsWith('INCONCLUSIVE_UNREACHABLE: ') === true && reasonText(r)?.includes('target unreachable') === true);
      const detail = JSON.stringify(verdictsOf(run), null, 2).slice(0, 3_000);
      assert.ok(elapsedMs < DEADLINE_MS, `the suite took ${Math.round(elapsedMs)} ms`);
      assert.ok(ran.length > 100, `only ${ran.length} scenarios ran`);
      assert.deepEqual(ran.filter((r) => r.verdict !== 'inconclusive').map((r) => r.name), [], detail);
      assert.ok(unreachable.length >= ran.length - 3, `${unreachable.length} of ${ran.length} were cut short by the breaker: ${detail}`);
    });
  }
});
