import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createTransport } from './create-transport.ts';
import { sendHttp } from './send-http.ts';

const routes: Record<string, (res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void> = {
  '/json': (res, req) => {
    res.writeHead(200, { 'Content-Type': 'application/fhir+json;charset=utf-8', 'X-Echo': req.headers['x-echo'] ?? '' });
    res.end('{"resourceType":"Bundle","name":"Siân"}');
  },
  '/gzip': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/fhir+json;charset=utf-8', 'Content-Encoding': 'gzip' });
    res.end(gzipSync('{"ok":true}'));
  },
  '/bad-gzip': (res) => {
    res.writeHead(200, { 'Content-Encoding': 'gzip' });
    res.end('not gzip at all');
  },
  '/zip-bomb': (res) => {
    res.writeHead(200, { 'Content-Encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(64 * 1024, 0x20)));
  },
  '/big': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/fhir+json' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    for (let i = 0; i < 8; i++) res.write(chunk);
    res.end();
  },
  '/latin1': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(Buffer.from([0x53, 0x69, 0xe2, 0x6e]));
  },
  '/hang': () => undefined,
  '/reset': (_res, req) => req.socket.destroy(),
};

describe('sendHttp', () => {
  let server: Server;
  let base: string;
  const transport = createTransport();
  const limits = { timeoutMs: 500, maxBodyBytes: 32 * 1024 };

  before(async () => {
    server = createServer((req, res) => routes[req.url ?? '']?.(res, req));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    transport.close();
    server.closeAllConnections();
    server.close();
  });

  it('records status, lower-cased headers and the UTF-8 body', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/json`, headers: { 'X-Echo': 'yes' } }, transport, limits);
    assert.equal(result.response?.status, 200);
    assert.equal(result.response?.headers['content-type'], 'application/fhir+json;charset=utf-8');
    assert.equal(result.response?.headers['x-echo'], 'yes');
    assert.equal(result.response?.bodyText, '{"resourceType":"Bundle","name":"Siân"}');
    assert.equal(result.response?.utf8, true);
    assert.equal(result.failure, undefined);
  });

  it('undoes gzip and keeps the wire size', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/gzip`, headers: {} }, transport, limits);
    assert.equal(result.response?.bodyText, '{"ok":true}');
    assert.equal(result.response?.headers['content-encoding'], 'gzip');
    assert.ok((result.response?.wireBytes ?? 0) > 11);
  });

  it('records an undecodable body as a body problem of the target', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/bad-gzip`, headers: {} }, transport, limits);
    assert.equal(result.response?.bodyProblem?.kind, 'undecodable');
    assert.equal(result.response?.bodyText, '');
  });

  it('cuts a body off at the cap', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/big`, headers: {} }, transport, limits);
    assert.deepEqual(result.response?.bodyProblem, { kind: 'too-large', limitBytes: 32 * 1024 });
    assert.equal(result.response?.status, 200);
  });

  it('caps the decompressed size too', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/zip-bomb`, headers: {} }, transport, limits);
    assert.deepEqual(result.response?.bodyProblem, { kind: 'too-large', limitBytes: 32 * 1024 });
  });

  it('flags a body that is not UTF-8', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/latin1`, headers: {} }, transport, limits);
    assert.equal(result.response?.utf8, false);
  });

  it('turns a hung connection into a timeout', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/hang`, headers: {} }, transport, { ...limits, timeoutMs: 150 });
    assert.deepEqual(result.failure, { kind: 'timeout', message: 'no complete response within 150 ms' });
  });

  it('turns a reset into a network failure', async () => {
    const result = await sendHttp({ method: 'GET', url: `${base}/reset`, headers: {} }, transport, limits);
    assert.equal(result.failure?.kind, 'reset');
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await sendHttp({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {} }, transport, limits);
    assert.equal(result.failure?.kind, 'refused');
  });
});
