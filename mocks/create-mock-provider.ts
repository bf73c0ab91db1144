// The mock provider in-process, for a consumer's own Node tests: MSW intercepts fetch/http calls
// to the base URL; nothing listens on a socket.
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers/create-handlers.ts';
import { MockProviderState, type MockProviderOptions } from './store/mock-provider-state.ts';

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

export function createMockProvider(options: Partial<MockProviderOptions> = {}): InProcessMockProvider {
  const state = new MockProviderState({ ...options, baseUrl: options.baseUrl ?? DEFAULT_IN_PROCESS_BASE_URL });
  const server = setupServer(...createHandlers(state));
  return {
    baseUrl: state.baseUrl,
    state,
    listen: () => server.listen({ onUnhandledFrame: 'bypass' }),
    reset: () => state.reset(),
    close: () => server.close(),
  };
}
