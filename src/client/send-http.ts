// Sends one request and reads the whole answer under two limits: a deadline for the exchange (a
// hung connection becomes a timeout, never a hung run) and a body cap (a 1 GB body is cut off and
// recorded as too large). Content-Encoding is undone here, bounded by the same cap.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { classifyNetworkError } from './classify-network-error.ts';
import type { HttpTransport } from './create-transport.ts';
import type { BodyProblem, NetworkFailure, RecordedResponse } from './exchange.ts';

export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

export interface SendLimits {
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

export interface SendResult {
  readonly startedAt: string;
  readonly durationMs: number;
  readonly response?: RecordedResponse;
  readonly failure?: NetworkFailure;
}

const DECODERS: Readonly<Record<string, (raw: Buffer, max: number) => Buffer>> = {
  gzip: (raw, max) => gunzipSync(raw, { maxOutputLength: max }),
  'x-gzip': (raw, max) => gunzipSync(raw, { maxOutputLength: max }),
  deflate: (raw, max) => inflateSync(raw, { maxOutputLength: max }),
  br: (raw, max) => brotliDecompressSync(raw, { maxOutputLength: max }),
};

function headerRecord(message: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) {
    const name = message.rawHeaders[i].toLowerCase();
    out[name] = name in out ? `${out[name]}, ${message.rawHeaders[i + 1]}` : message.rawHeaders[i + 1];
  }
  return out;
}

function decode(raw: Buffer, encoding: string | undefined, max: number): { bytes: Buffer; problem?: BodyProblem } {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity' || raw.length === 0) return { bytes: raw };
  const decoder = DECODERS[name];
  if (!decoder) return { bytes: Buffer.alloc(0), problem: { kind: 'undecodable', encoding: name, message: `unknown Content-Encoding ${name}` } };
  try {
    return { bytes: decoder(raw, max) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { bytes: Buffer.alloc(0), problem: { kind: 'too-large', limitBytes: max } };
    return { bytes: Buffer.alloc(0), problem: { kind: 'undecodable', encoding: name, message: (error as Error).message } };
  }
}

function toText(bytes: Buffer): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), utf8: false };
  }
}

function readResponse(message: IncomingMessage, limits: SendLimits, abort: () => void): Promise<RecordedResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    const headers = headerRecord(message);
    const base = { status: message.statusCode ?? 0, statusText: message.statusMessage ?? '', headers };
    message.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > limits.maxBodyBytes) {
        message.removeAllListeners('data');
        abort();
        resolve({ ...base, bodyText: '', wireBytes, utf8: true, bodyProblem: { kind: 'too-large', limitBytes: limits.maxBodyBytes } });
        return;
      }
      chunks.push(chunk);
    });
    message.on('error', reject);
    message.on('end', () => {
      const decoded = decode(Buffer.concat(chunks), headers['content-encoding'], limits.maxBodyBytes);
      const { text, utf8 } = toText(decoded.bytes);
      resolve({ ...base, bodyText: text, wireBytes, utf8, ...(decoded.problem ? { bodyProblem: decoded.problem } : {}) });
    });
  });
}

export async function sendHttp(outgoing: OutgoingRequest, transport: HttpTransport, limits: SendLimits): Promise<SendResult> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const url = new URL(outgoing.url);
  const isHttps = url.protocol === 'https:';
  const send = isHttps ? httpsRequest : httpRequest;
  const finish = (part: { response?: RecordedResponse; failure?: NetworkFailure }): SendResult => ({
    startedAt,
    durationMs: Math.round((performance.now() - started) * 1000) / 1000,
    ...part,
  });
  try {
    const response = await new Promise<RecordedResponse>((resolve, reject) => {
      const req = send(url, {
        method: outgoing.method,
        headers: outgoing.headers,
        agent: isHttps ? transport.httpsAgent : transport.httpAgent,
        signal,
      });
      req.on('error', reject);
      req.on('response', (message) => readResponse(message, limits, () => req.destroy()).then(resolve, reject));
      req.end(outgoing.body);
    });
    return finish({ response });
  } catch (error) {
    const kind = classifyNetworkError(error, signal.aborted);
    const message = kind === 'timeout' ? `no complete response within ${limits.timeoutMs} ms` : (error as Error).message;
    return finish({ failure: { kind, message } });
  }
}
