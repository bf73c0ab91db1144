// A 100,000-request soak of the mock over HTTP with its default traffic budget: slot searches,
// bookings with bodies, refusals, and a traffic dump every 10,000 requests. RSS is sampled after a
// forced GC at every 10,000 requests; the figure is the growth per 10,000 requests after warm-up
// (least-squares slope), which a bounded traffic log keeps near 0.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { startMockServer } from '../mocks/server/start-mock-server.ts';
import { buildJwt } from '../src/jwt/build-jwt.ts';

const NOW = Date.parse('2026-03-16T07:30:00Z');
const STEP = 10_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface SoakFigures {
  readonly requests: number;
  readonly warmUp: number;
  readonly rssMB: readonly number[];
  readonly mbPer10k: number;
  readonly trafficMB: number;
  readonly seconds: number;
}

function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  const [mx, my] = [points.reduce((s, [x]) => s + x, 0) / n, points.reduce((s, [, y]) => s + y, 0) / n];
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

export async function measureTrafficSoak(requests = 100_000, warmUp = 20_000, concurrency = 16): Promise<SoakFigures> {
  const mock = await startMockServer({ port: 0, nowMs: NOW });
  const origin = new URL(mock.baseUrl).origin;
  const token = (scope: string) => buildJwt({ audience: mock.baseUrl, scope, nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
  const read = { authorization: token('organization/slot.read') };
  const write = { authorization: token('patient/appointment.write'), 'content-type': 'application/fhir+json;charset=utf-8' };
  const search = `${mock.baseUrl}/Slot?schedule.actor:healthcareservice=124459850&status=free&start=ge2026-03-16T08:00:00Z&start=le2026-03-16T12:00:00Z&_include=Slot:schedule`;
  const body = JSON.stringify({ resourceType: 'Appointment', status: 'booked', description: 'x'.repeat(4_000) });
  const send = async (n: number): Promise<void> => {
    const response = n % 4 === 3
      ? await fetch(`${mock.baseUrl}/Appointment`, { method: 'POST', headers: { ...write, 'x-request-id': crypto.randomUUID() }, body })
      : await fetch(n % 4 === 2 ? `${mock.baseUrl}/Appointment/unknown-${n}` : search, { headers: read });
    await response.arrayBuffer();
  };
  const started = performance.now();
  const rssMB: number[] = [];
  try {
    let next = 0;
    for (let checkpoint = STEP; checkpoint <= requests; checkpoint += STEP) {
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < checkpoint) await send(next++);
      }));
      await (await fetch(`${origin}/_admin/traffic`)).arrayBuffer();
      gc();
      rssMB.push(process.memoryUsage().rss / 1e6);
    }
    const after = rssMB.map((mb, i) => [(i + 1) * STEP, mb] as const).filter(([n]) => n > warmUp);
    return {
      requests, warmUp, rssMB,
      mbPer10k: slope(after) * STEP,
      trafficMB: mock.state.traffic.usage().bytes / 1e6,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await mock.close();
  }
}
