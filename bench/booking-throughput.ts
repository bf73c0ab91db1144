// Booking throughput and latency with 50 concurrent consumers, each booking its own free slots
// over HTTP against the mock (every booking a real, atomic create).
import { startMockServer } from '../mocks/server/start-mock-server.ts';
import { buildReferenceBooking } from '../mocks/fixtures/reference-booking.ts';
import { buildJwt } from '../src/jwt/build-jwt.ts';
import { runLoad, type LoadResult } from './load.ts';

const NOW = Date.parse('2026-03-16T00:00:00Z');

export async function measureBookingThroughput(consumers = 50): Promise<LoadResult> {
  const mock = await startMockServer({ port: 0, nowMs: NOW });
  try {
    const slots = mock.state.store.data.slots.filter((s) => s.status === 'free' && !s.release && !mock.state.store.schedule(s.scheduleId)?.release);
    const authorization = buildJwt({ audience: mock.baseUrl, scope: 'patient/appointment.write', nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
    const bodies = slots.map((slot) => JSON.stringify(buildReferenceBooking(slot)));
    return await runLoad(bodies.length, consumers, async (i) => {
      const res = await fetch(`${mock.baseUrl}/Appointment`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/fhir+json;charset=utf-8', 'x-request-id': crypto.randomUUID(), 'accept-encoding': 'identity' },
        body: bodies[i],
      });
      await res.arrayBuffer();
      return res.status;
    });
  } finally {
    await mock.close();
  }
}
