// A target that answers HTML, a body far over the cap, a hung connection or a reset is reported
// with the reason and the run goes on: the target's protocol violations fail the obligation, the
// network's trouble is inconclusive.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuietSuite, verdictsOf } from './quiet-suite.ts';
import { reasonText } from '../../src/run-model/reason-text.ts';

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

const BEHAVIOURS: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>> = {
  html: (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>');
  },
  huge: (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/fhir+json;charset=utf-8' });
    // Streams until the client gives up: a body with no end.
    const pump = () => { while (res.write(CHUNK)); };
    res.on('drain', pump);
    pump();
  },
  hang: () => undefined,
  reset: (req) => req.socket.destroy(),
};

describe('hostile targets', () => {
  const suite = new QuietSuite();
  let server: Server;
  let dir: string;
  const targetFile = async (behaviour: string) => {
    const file = join(dir, `${behaviour}.json`);
    await writeFile(file, JSON.stringify({
      name: `a target that answers ${behaviour}`,
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${behaviour}`,
      providerAsid: '900000000001',
      consumerAsid: '900000000101',
      services: { withFreeSlots: '124459850' },
      consumers: [{ role: 'primary', odsCode: 'A1001', name: 'Northfield 111 Service' }],
      timeouts: { requestMs: 300, maxBodyBytes: 256 * 1024 },
    }));
    return file;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hostile-'));
    server = createServer((req, res) => BEHAVIOURS[(req.url ?? '').split('/')[1]]?.(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const table: readonly [string, string, string][] = [
    ['html', 'fail', 'BODY_NOT_JSON: the body is not valid JSON'],
    ['huge', 'fail', 'BODY_TOO_LARGE: response body exceeds 262144 bytes'],
    ['hang', 'inconclusive', 'INCONCLUSIVE_TIMEOUT: GET '],
    ['reset', 'inconclusive', 'INCONCLUSIVE_NETWORK: GET '],
  ];
  for (const [behaviour, verdict, reason] of table) {
    it(`a target that answers ${behaviour}: ${verdict}, and the run goes on`, async () => {
      const run = await suite.run({ target: await targetFile(behaviour), tags: '@CAP-01 or @CAP-03' });
      const ran = run.results.filter((r) => r.verdict !== 'not-run');
      assert.equal(ran.length, 2, JSON.stringify(verdictsOf(run)));
      assert.deepEqual(ran.map((r) => r.verdict), ran.map(() => verdict), JSON.stringify(verdictsOf(run), null, 2));
      assert.ok(ran.every((r) => reasonText(r)?.startsWith(reason)), JSON.stringify(verdictsOf(run), null, 2));
      // A target that never answers leaves every MUST without a verdict: exit 3, never a pass.
      assert.equal(run.exitCode, verdict === 'fail' ? 1 : 3);
    });
  }
});
