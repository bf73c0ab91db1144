// Starts the mock provider on a real socket (127.0.0.1 by default; port 0 picks a free one).
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../handlers/create-handlers.ts';
import { MockProviderState, type MockProviderOptions } from '../store/mock-provider-state.ts';
import { createHttpListener } from './http-adapter.ts';
import { isLoopbackHost } from './is-loopback-host.ts';

/** PEM material for the mutual-TLS mode (SSP-09). With a `ca`, clients must present a certificate it signed. */
export interface MockTlsOptions {
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
  readonly ca?: string | Buffer;
}

export interface StartMockServerOptions extends Omit<MockProviderOptions, 'baseUrl'> {
  readonly tls?: MockTlsOptions;
  readonly port?: number;
  readonly host?: string;
  /** Path of the FHIR base on the server, e.g. `/STU3/1/careconnect/booking`; root by default. */
  readonly basePath?: string;
}

export interface RunningMock {
  readonly baseUrl: string;
  readonly state: MockProviderState;
  close(): Promise<void>;
}

const BAD_REQUEST_OUTCOME = JSON.stringify({
  resourceType: 'OperationOutcome',
  id: 'mock-malformed-http',
  issue: [{ severity: 'error', code: 'structure', details: { coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1', code: 'BAD_REQUEST', display: 'BAD_REQUEST' }] }, diagnostics: 'The HTTP request could not be parsed' }],
});

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Refused before listening: a mock bound beyond loopback without an admin token. */
export class MockStartError extends Error {
  readonly code: 'ADMIN_TOKEN_REQUIRED';
  constructor(code: 'ADMIN_TOKEN_REQUIRED', message: string) {
    super(message);
    this.code = code;
  }
}

export async function startMockServer(options: StartMockServerOptions = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.adminToken) {
    throw new MockStartError('ADMIN_TOKEN_REQUIRED', `The mock is bound to ${host}, beyond loopback: give it an admin token (--admin-token or MOCK_ADMIN_TOKEN) so that nobody else can reset or re-clock it`);
  }
  const timeouts = { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, requireHostHeader: false };
  const tls = options.tls;
  const server: Server = tls
    ? createTlsServer({ ...timeouts, cert: tls.cert, key: tls.key, ...(tls.ca ? { ca: tls.ca, requestCert: true, rejectUnauthorized: true } : {}) })
    : createServer(timeouts);
  // A request Node cannot even parse still gets an OperationOutcome, never a dropped socket.
  server.on('clientError', (_error, socket) => {
    if (!socket.writable) return socket.destroy();
    const body = Buffer.from(BAD_REQUEST_OUTCOME);
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/fhir+json;charset=utf-8\r\nCache-Control: no-store\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${BAD_REQUEST_OUTCOME}`);
  });
  const address = await listen(server, options.port ?? 0, host);
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const state = new MockProviderState({ ...options, baseUrl: `${tls ? 'https' : 'http'}://${hostPart}:${address.port}${basePath}` });
  server.on('request', createHttpListener(state, createHandlers(state)));
  return {
    baseUrl: state.baseUrl,
    state,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
