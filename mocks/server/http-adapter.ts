// A small node:http adapter over msw's getResponse: the same handler list as in-process, served
// on a real socket for consumers written in any language. Transport concerns live here: body size
// limit, gzip both ways (HTTP-08), the SSP-style prefix (SSP-06), and the traffic recording: each
// request on arrival, then its answer with what became of it (sent, dropped, connection reset).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { getResponse, type RequestHandler } from 'msw';
import type { Problem } from '../domain/problem.ts';
import { faultHooks } from '../faults/fault-hooks.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { isRecordedRequest, type SettledAnswer } from '../store/traffic-log.ts';
import { problemResponse } from '../handlers/handle-fhir-request.ts';
import { checkRequestPath } from '../domain/transport/check-request-path.ts';

export const MAX_REQUEST_BODY_BYTES = 5 * 1024 * 1024;

class TransportProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.diagnostics);
    this.problem = problem;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BODY_BYTES) {
      throw new TransportProblem({ code: 'BODY_TOO_LARGE', diagnostics: `Request bodies are limited to ${MAX_REQUEST_BODY_BYTES} bytes` });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decodeBody(raw: Buffer, encoding: string | undefined): Buffer {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  try {
    if (name === 'identity' || name === '') return raw;
    if (name === 'gzip' || name === 'x-gzip') return gunzipSync(raw, { maxOutputLength: MAX_REQUEST_BODY_BYTES });
    if (name === 'deflate') return inflateSync(raw, { maxOutputLength: MAX_REQUEST_BODY_BYTES });
  } catch {
    throw new TransportProblem({ code: 'BAD_BODY', diagnostics: `The ${name} request body could not be decompressed` });
  }
  throw new TransportProblem({ code: 'UNSUPPORTED_MEDIA_TYPE', diagnostics: `Content-Encoding ${name} is not supported (use gzip)` });
}

/**
 * Resolves the request path against the mock's base; `/https://host/base/Slot` (an SSP-style prefix)
 * is accepted. The path is checked as it arrived, before the URL parser resolves dot-segments, and
 * the admin surface answers only a path that names `/_admin` itself: never one that reaches it from
 * the FHIR base or through the SSP prefix.
 */
function resolveUrl(state: MockProviderState, rawPath: string, sspPrefix: boolean): string {
  const pathProblem = checkRequestPath(rawPath);
  if (pathProblem) throw new TransportProblem(pathProblem);
  const origin = new URL(state.baseUrl).origin;
  const embedded = /^\/(https?:\/\/.*)$/.exec(rawPath);
  const url = sspPrefix && embedded && embedded[1].startsWith(state.baseUrl)
    ? `${state.baseUrl}${embedded[1].slice(state.baseUrl.length)}`
    : `${origin}${rawPath.startsWith('/') ? rawPath : `/${rawPath}`}`;
  if (isAdminPath(new URL(url).pathname) && !isAdminPath(rawPath)) {
    throw new TransportProblem({ code: 'NOT_FOUND', diagnostics: `Nothing is served at ${rawPath}; the admin surface is only at ${origin}/_admin/` });
  }
  return url;
}

function isAdminPath(path: string): boolean {
  return /^\/_admin(\/|$|\?)/.test(path);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    if (/^(content-encoding|content-length|transfer-encoding|connection|host)$/i.test(name)) continue;
    headers.append(name, req.rawHeaders[i + 1]);
  }
  return headers;
}

function wantsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === 'x-gzip') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

interface Written {
  /** The body before any transfer coding; undefined when streamed (never recorded). */
  readonly body: Buffer | undefined;
  /** Every header as sent, Date and Content-Length included. */
  readonly headers: Record<string, string>;
}

async function write(res: ServerResponse, response: Response, gzip: boolean, streamed: boolean): Promise<Written> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => { headers[name] = value; });
  headers['date'] = new Date().toUTCString();
  // HTTP-13: over TLS, browsers and clients are told to stay on HTTPS.
  if ((res.socket as { encrypted?: boolean } | null)?.encrypted) headers['strict-transport-security'] = 'max-age=31536000';
  if (streamed) {
    // Large admin dumps go out as they are produced, never held whole in memory.
    if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', 'vary': 'Accept-Encoding' });
    res.writeHead(response.status, headers);
    const source = response.body === null ? Readable.from([]) : Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
    await (gzip ? pipeline(source, createGzip(), res) : pipeline(source, res));
    return { body: undefined, headers };
  }
  const body = Buffer.from(await response.arrayBuffer());
  const compress = gzip && body.length > 0;
  const payload = compress ? gzipSync(body) : body;
  if (compress) {
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'Accept-Encoding';
  }
  headers['content-length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
  return { body, headers };
}

/** Whether the whole answer was handed to the connection before it closed. */
function delivered(res: ServerResponse): Promise<boolean> {
  if (res.writableFinished) return Promise.resolve(true);
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    res.once('finish', () => resolve(true));
    res.once('close', () => resolve(res.writableFinished));
  });
}

/** The request headers with their names as sent; a repeated header (in any case) is joined under its first spelling. */
function rawHeaderRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  const spelling = new Map<string, string>();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = spelling.get(req.rawHeaders[i].toLowerCase()) ?? req.rawHeaders[i];
    spelling.set(name.toLowerCase(), name);
    // The admin token is a credential: the recording says it was sent, never what it was.
    const value = name.toLowerCase() === 'x-admin-token' ? '[redacted]' : req.rawHeaders[i + 1];
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => { out[name] = value; });
  return out;
}

export function createHttpListener(state: MockProviderState, handlers: RequestHandler[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const rawPath = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    // Transport faults (gzip, the SSP prefix, chunked bodies) act here; both are on for the faithful mock.
    const transport = faultHooks(state.faults, state.variantBehaviours).transport;
    let request = new Request(`${new URL(state.baseUrl).origin}/`, { method: 'GET' });
    let bodyText: string | null = null;
    let response: Response;
    // Every request that reached the mock is on the record before its answer is decided (admin reads excepted).
    let seq: number | undefined;
    const begin = (): void => {
      if (seq !== undefined || !isRecordedRequest(method, rawPath)) return;
      seq = state.traffic.begin({
        receivedAt: new Date(state.clock.now()).toISOString(),
        method,
        url: rawPath,
        rawQuery: rawPath.includes('?') ? rawPath.slice(rawPath.indexOf('?') + 1) : '',
        requestHeaders: rawHeaderRecord(req),
        requestBody: bodyText,
      });
    };
    try {
      // Node's own parser answers a missing Host with a bare 400; the server lets it through to here.
      if (req.httpVersion === '1.1' && req.headers.host === undefined) {
        throw new TransportProblem({ code: 'BAD_BODY', diagnostics: 'An HTTP/1.1 request must carry a Host header' });
      }
      const url = resolveUrl(state, rawPath, transport.sspPrefix);
      if (!transport.chunkedRequests && req.headers['transfer-encoding'] !== undefined) {
        throw new TransportProblem({ code: 'BAD_BODY', diagnostics: 'Send the request body with a Content-Length' });
      }
      const headers = toHeaders(req);
      const body = decodeBody(await readBody(req), req.headers['content-encoding']);
      bodyText = body.length > 0 ? body.toString('utf8') : null;
      begin();
      request = new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body) });
      response = (await getResponse(handlers, request.clone())) ?? problemResponse(state, request, { code: 'NOT_FOUND', diagnostics: `Nothing is served at ${rawPath}` });
    } catch (error) {
      begin();
      const problem: Problem = error instanceof TransportProblem
        ? error.problem
        : { code: 'BAD_BODY', diagnostics: `The request could not be read: ${error instanceof Error ? error.message : String(error)}` };
      response = problemResponse(state, request, problem);
    }
    const durationMs = (): number => Math.round((performance.now() - started) * 1000) / 1000;
    const settle = (fate: SettledAnswer['fate'], answer: Response, headers: Record<string, string>, body: string | null): void => {
      if (seq !== undefined) state.traffic.settle(seq, { status: answer.status, responseHeaders: headers, responseBody: body, durationMs: durationMs(), fate });
    };
    const { fate, decided } = state.traffic.answerOf(response);
    if (response.type === 'error') {
      // A chaos rule dropped the response after the interaction was committed.
      req.socket.destroy();
      const text = await decided.text();
      settle(fate, decided, headerRecord(decided.headers), text === '' ? null : text);
      return;
    }
    try {
      const acceptEncoding = req.headers['accept-encoding'];
      const sent = await write(res, response, transport.gzip && (wantsGzip(acceptEncoding) || (transport.gzipUnasked && acceptEncoding === undefined)), seq === undefined);
      const reached = await delivered(res);
      settle(reached ? fate : 'connection-reset', response, sent.headers, sent.body === undefined || sent.body.length === 0 ? null : sent.body.toString('utf8'));
    } catch {
      settle('connection-reset', response, headerRecord(response.headers), null);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    }
  };
}
