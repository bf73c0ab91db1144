// Endpoints for the doctor to diagnose: the embedded mock (optionally behind an SSP-like proxy
// whose clock is off), a server that answers HTML, one that never answers, a port nobody listens
// on, and target files for them in a temporary directory.
import { writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describeMockTarget } from '../../src/targets/describe-mock-target.ts';
import type { TargetConfig } from '../../src/targets/target-config.ts';

export const BASE_PATH = '/STU3/1/careconnect/booking';

export interface Running {
  readonly origin: string;
  close(): Promise<void>;
}

export async function listen(server: Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** The mock's own description minus the admin surface: a real endpoint has none. */
export function mockTargetConfig(baseUrl: string, overrides: Partial<TargetConfig> = {}): TargetConfig {
  const { admin: _admin, ...config } = describeMockTarget({ baseUrl });
  return { ...config, ...overrides };
}

export async function writeTarget(dir: string, name: string, config: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(config, null, 2));
  return file;
}

/** A port that was free a moment ago: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const probe = await listen(createServer());
  await probe.close();
  return Number(new URL(probe.origin).port);
}

/** Answers every request with a 200 HTML page, like a web server at the wrong URL. */
export function startHtmlServer(): Promise<Running> {
  return listen(createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!DOCTYPE html><html><body>Welcome to nginx!</body></html>');
  }));
}

/** Accepts connections and reads requests but never answers. */
export function startSilentServer(): Promise<Running> {
  return listen(createServer({ requestTimeout: 0 }, () => undefined));
}

/** Forwards every request to `origin` (as an SSP does) and reports a `Date` `offsetMs` away from now. */
export function startSkewedProxy(origin: string, offsetMs: number): Promise<Running> {
  const target = new URL(origin);
  return listen(createServer((req, res) => {
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, date: new Date(Date.now() + offsetMs).toUTCString() });
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }));
}
