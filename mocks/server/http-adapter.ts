// A small node:http adapter over msw's getResponse: the same handler list as in-process, served
// on a real socket for consumers written in any language. Transport concerns live here: body size
// limit, gzip both ways (HTTP-08), the SSP-style prefix (SSP-06), and the traffic recording.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { getResponse, type RequestHandler } from 'msw';
import type { Problem } from '../domain/problem.ts';
import { faultHooks } from '../faults/fault-hooks.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { problemResponse } from '../handlers/handle-fhir-request.ts';

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

/** Resolves the request path against the mock's base; `/https://host/base/Slot` (an SSP-style prefix) is accepted. */
function resolveUrl(state: MockProviderState, rawPath: string, sspPrefix: boolean): string {
  const origin = new URL(state.baseUrl).origin;
  const embedded = /^\/(https?:\/\/.*)$/.exec(rawPath);
  if (sspPrefix && embedded && embedded[1].startsWith(state.baseUrl)) return `${state.baseUrl}${embedded[1].slice(state.baseUrl.length)}`;
  return `${origin}${rawPath.startsWith('/') ? rawPath : `/${rawPath}`}`;
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

async function write(res: ServerResponse, response: Response, gzip: boolean): Promise<Buffer> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => { headers[name] = value; });
  // HTTP-13: over TLS, browsers and clients are told to stay on HTTPS.
  if ((res.socket as { encrypted?: boolean } | null)?.encrypted) headers['strict-transport-security'] = 'max-age=31536000';
  const compress = gzip && body.length > 0;
  const payload = compress ? gzipSync(body) : body;
  if (compress) {
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'Accept-Encoding';
  }
  headers['content-length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
  return body;
}

function rawHeaderRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    out[name] = name in out ? `${out[name]}, ${req.rawHeaders[i + 1]}` : req.rawHeaders[i + 1];
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
    try {
      const url = resolveUrl(state, rawPath, transport.sspPrefix);
      if (!transport.chunkedRequests && req.headers['transfer-encoding'] !== undefined) {
        throw new TransportProblem({ code: 'BAD_BODY', diagnostics: 'Send the request body with a Content-Length' });
      }
      const headers = toHeaders(req);
      const body = decodeBody(await readBody(req), req.headers['content-encoding']);
      bodyText = body.length > 0 ? body.toString('utf8') : null;
      request = new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body) });
      response = (await getResponse(handlers, request.clone())) ?? problemResponse(state, request, { code: 'NOT_FOUND', diagnostics: `Nothing is served at ${rawPath}` });
    } catch (error) {
      const problem: Problem = error instanceof TransportProblem
        ? error.problem
        : { code: 'BAD_BODY', diagnostics: `The request could not be read: ${error instanceof Error ? error.message : String(error)}` };
      response = problemResponse(state, request, problem);
    }
    if (response.type === 'error') {
      // A chaos rule dropped the response after the interaction was committed.
      req.socket.destroy();
      return;
    }
    try {
      const acceptEncoding = req.headers['accept-encoding'];
      const sent = await write(res, response, transport.gzip && (wantsGzip(acceptEncoding) || (transport.gzipUnasked && acceptEncoding === undefined)));
      state.traffic.record({
        receivedAt: new Date(state.clock.now()).toISOString(),
        method,
        url: rawPath,
        rawQuery: rawPath.includes('?') ? rawPath.slice(rawPath.indexOf('?') + 1) : '',
        requestHeaders: rawHeaderRecord(req),
        requestBody: bodyText,
        status: response.status,
        responseHeaders: headerRecord(response.headers),
        responseBody: sent.length > 0 ? sent.toString('utf8') : null,
        durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      });
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    }
  };
}
