// Slot search requests/s through the mock over HTTP, next to a raw node:http server that sends the
// very same response bytes: the ratio is the price of the mock's rules, MSW and the adapter.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockServer } from '../mocks/server/start-mock-server.ts';
import { buildJwt } from '../src/jwt/build-jwt.ts';
import { runLoad, type LoadResult } from './load.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
const QUERY = '/Slot?schedule.actor:healthcareservice=2329483525&status=free&start=ge2026-03-16T08:00:00Z&start=le2026-03-16T12:00:00Z&_include=Slot:schedule';

export async function measureSlotSearchThroughput(total = 3000, concurrency = 16): Promise<{ mock: LoadResult; raw: LoadResult }> {
  const mock = await startMockServer({ port: 0, nowMs: NOW });
  const authorization = buildJwt({ audience: mock.baseUrl, scope: 'organization/slot.read', nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
  const sample = await fetch(`${mock.baseUrl}${QUERY}`, { headers: { authorization, 'accept-encoding': 'identity' } });
  const bytes = Buffer.from(await sample.arrayBuffer());
  const headers = Object.fromEntries(sample.headers);
  delete headers['content-length'];
  delete headers['date'];
  const raw = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { ...headers, 'content-length': bytes.length });
    res.end(bytes);
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const rawBase = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  const hit = (base: string) => async () => {
    const res = await fetch(`${base}${QUERY}`, { headers: { authorization, 'accept-encoding': 'identity' } });
    await res.arrayBuffer();
    return res.status;
  };
  try {
    await runLoad(200, concurrency, hit(mock.baseUrl));
    await runLoad(200, concurrency, hit(rawBase));
    const mockResult = await runLoad(total, concurrency, hit(mock.baseUrl));
    const rawResult = await runLoad(total, concurrency, hit(rawBase));
    return { mock: mockResult, raw: rawResult };
  } finally {
    await mock.close();
    raw.closeAllConnections();
    await new Promise<void>((resolve) => raw.close(() => resolve()));
  }
}
