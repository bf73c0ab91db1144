// The sockets of one worker: keep-alive agents (fast against the embedded mock) and, for a live
// target, the TLS client certificate (SSP-09: mutual TLS). Key material stays in memory here and
// never reaches a report.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { TlsMaterial } from '../targets/resolved-target.ts';

export interface HttpTransport {
  readonly httpAgent: HttpAgent;
  readonly httpsAgent: HttpsAgent;
  close(): void;
}

export function createTransport(tls?: TlsMaterial): HttpTransport {
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 16 });
  const httpsAgent = new HttpsAgent({
    keepAlive: true,
    maxSockets: 16,
    ...(tls ? { cert: tls.cert, key: tls.key, ...(tls.ca ? { ca: tls.ca } : {}), ...(tls.passphrase ? { passphrase: tls.passphrase } : {}) } : {}),
  });
  return {
    httpAgent,
    httpsAgent,
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
