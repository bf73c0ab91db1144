// The mock provider in-process, for a consumer's own Node tests: MSW intercepts fetch/http calls
// to the base URL; nothing listens on a socket. Exchanges are recorded like the HTTP server's, so
// consumer assurance works the same way in-process.
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers/create-handlers.ts';
import { MockProviderState, type MockProviderOptions } from './store/mock-provider-state.ts';
import { isRecordedRequest, type SettledAnswer } from './store/traffic-log.ts';

export const DEFAULT_IN_PROCESS_BASE_URL = 'https://mock-provider.booking-assurance.test/STU3/1/careconnect/booking';

export interface InProcessMockProvider {
  readonly baseUrl: string;
  readonly state: MockProviderState;
  /** Starts intercepting; requests to other hosts pass through untouched. */
  listen(): void;
  /** Back to the fixture, no appointments, no recorded traffic. */
  reset(): void;
  close(): void;
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => { out[name] = value; });
  return out;
}

export function createMockProvider(options: Partial<MockProviderOptions> = {}): InProcessMockProvider {
  const state = new MockProviderState({ ...options, baseUrl: options.baseUrl ?? DEFAULT_IN_PROCESS_BASE_URL });
  const server = setupServer(...createHandlers(state));
  const origin = new URL(state.baseUrl).origin;
  // Each request is on the record when MSW sees it, before its answer is decided; settled with the answer.
  const pending = new Map<string, { started: number; seq: Promise<number | undefined> }>();
  server.events.on('request:start', ({ request, requestId }) => {
    if (!request.url.startsWith(origin)) return;
    const url = new URL(request.url);
    const path = `${url.pathname}${url.search}`;
    const seq = isRecordedRequest(request.method, path)
      ? request.clone().text().then((body) => state.traffic.begin({
        receivedAt: new Date(state.clock.now()).toISOString(),
        method: request.method,
        url: path,
        rawQuery: url.search.slice(1),
        requestHeaders: headerRecord(request.headers),
        requestBody: body || null,
      }))
      : Promise.resolve(undefined);
    pending.set(requestId, { started: performance.now(), seq });
  });
  const settle = async (requestId: string, fate: SettledAnswer['fate'], decided: Response): Promise<void> => {
    const start = pending.get(requestId);
    if (!start) return;
    pending.delete(requestId);
    const [seq, responseBody] = [await start.seq, await decided.clone().text()];
    if (seq === undefined) return;
    state.traffic.settle(seq, {
      status: decided.status,
      responseHeaders: headerRecord(decided.headers),
      responseBody: responseBody || null,
      durationMs: Math.round((performance.now() - start.started) * 1000) / 1000,
      fate,
    });
  };
  server.events.on('response:mocked', async ({ requestId, response }) => {
    const { fate, decided } = state.traffic.answerOf(response);
    await settle(requestId, fate, decided);
  });
  // A dropped answer (a chaos rule) ends the request without a response event.
  server.events.on('request:end', async ({ request, requestId }) => {
    const dropped = state.traffic.droppedAnswerFor(request);
    if (dropped) await settle(requestId, 'dropped-after-commit', dropped);
  });
  return {
    baseUrl: state.baseUrl,
    state,
    listen: () => server.listen({ onUnhandledFrame: 'bypass' }),
    reset: () => state.reset(),
    close: () => server.close(),
  };
}
