// SSP-09: one TLS handshake with the run's client certificate, reported in full: protocol, the
// server certificate (trusted? for this host? in date?) and whether the client certificate was
// accepted. Under TLS 1.3 a refused client certificate only shows after the handshake, so a tiny
// HEAD request is sent and the first byte back (or the alert) decides.
import { checkServerIdentity, connect, type PeerCertificate, type TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import type { TlsMaterial } from '../targets/resolved-target.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';
import { judgeCertificateValidity } from './judge-certificate-validity.ts';
import { networkRemedy } from './network-remedy.ts';
import { hostOf, portOf } from './probe-reachability.ts';

export const HANDSHAKE_TITLE = 'TLS handshake (server certificate, client certificate)';
const TITLE = HANDSHAKE_TITLE;
const OBLIGATIONS = ['SSP-09', 'HTTP-13'];

interface Handshake {
  readonly protocol: string;
  readonly server: string;
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

function readHandshake(socket: TLSSocket, host: string, nowMs: number): Handshake {
  const peer: PeerCertificate = socket.getPeerCertificate();
  const subject = Object.entries(peer.subject ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(', ');
  const validity = judgeCertificateValidity({ validFromMs: Date.parse(peer.valid_from), validToMs: Date.parse(peer.valid_to) }, nowMs);
  const identity = checkServerIdentity(host, peer);
  const problems = [
    ...(socket.authorized ? [] : [`server certificate not trusted (${String(socket.authorizationError)})`]),
    ...(identity ? [`server certificate does not name ${host} (${identity.message})`] : []),
    ...(validity.status === 'fail' ? [`server certificate ${validity.detail}`] : []),
  ];
  return {
    protocol: socket.getProtocol() ?? 'unknown protocol',
    server: `server ${subject || 'without subject'} (${validity.detail})`,
    problems,
    warnings: validity.status === 'warn' ? [`server certificate ${validity.detail}`] : [],
  };
}

/**
 * What the server did after the handshake: answered, sent an alert, or hung up. Servers that
 * check client certificates after a TLS 1.3 handshake either alert or just hang up (Node does
 * the latter); nothing else hangs up on a well-formed request without a word.
 */
type AfterHandshake = { readonly kind: 'answered' } | { readonly kind: 'alert'; readonly message: string } | { readonly kind: 'closed' };

function clientPart(material: TlsMaterial | undefined, after: AfterHandshake): string {
  if (after.kind === 'alert') return `client certificate refused (${after.message})`;
  if (after.kind === 'closed') return `${material === undefined ? 'no client certificate sent' : 'client certificate'}, then the server hung up without answering`;
  return material === undefined ? 'no client certificate sent' : 'client certificate accepted';
}

function judge(handshake: Handshake, material: TlsMaterial | undefined, after: AfterHandshake): DoctorCheck {
  const detail = `${handshake.protocol}, ${handshake.server}, ${clientPart(material, after)}`;
  if (after.kind !== 'answered') {
    const remedy = material === undefined ? 'The server most likely wants a client certificate: add tls.cert and tls.key to the target file.' : 'The server most likely does not accept tls.cert: use the certificate Spine issued for this ASID and make sure its CA is registered with the SSP/provider.';
    return makeCheck('tls.handshake', TITLE, 'fail', { detail, remedy, obligations: OBLIGATIONS });
  }
  if (handshake.problems.length > 0) {
    return makeCheck('tls.handshake', TITLE, 'fail', { detail: `${handshake.problems.join('; ')}; ${detail}`, remedy: 'Add the CA that issued the server certificate to tls.ca, and check the host name in baseUrl/sspPrefix matches the certificate.', obligations: OBLIGATIONS });
  }
  if (handshake.warnings.length > 0) {
    return makeCheck('tls.handshake', TITLE, 'warn', { detail: `${handshake.warnings.join('; ')}; ${detail}`, remedy: 'Tell the endpoint\'s operator its certificate expires soon.', obligations: OBLIGATIONS });
  }
  return makeCheck('tls.handshake', TITLE, 'ok', { detail, obligations: OBLIGATIONS });
}

function openSocket(url: URL, host: string, material: TlsMaterial | undefined): TLSSocket {
  // Trust is judged in readHandshake, so an untrusted server still shows its certificate.
  return connect({
    host,
    port: portOf(url),
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
    ...(isIP(host) === 0 ? { servername: host } : {}),
    ...(material ? { cert: material.cert, key: material.key, ...(material.ca ? { ca: material.ca } : {}), ...(material.passphrase ? { passphrase: material.passphrase } : {}) } : {}),
  });
}

export function probeTlsHandshake(url: URL, material: TlsMaterial | undefined, timeoutMs: number, nowMs: number): Promise<DoctorCheck> {
  const host = hostOf(url);
  return new Promise((resolve) => {
    let socket: TLSSocket;
    try {
      socket = openSocket(url, host, material);
    } catch (error) {
      // The TLS context is built synchronously: unusable material throws here, before any socket.
      resolve(makeCheck('tls.handshake', TITLE, 'fail', { detail: `no TLS context: ${(error as Error).message}`, remedy: 'Fix the TLS material first (see the TLS material check).', obligations: OBLIGATIONS }));
      return;
    }
    let handshake: Handshake | undefined;
    const finish = (check: DoctorCheck) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(check);
    };
    const timer = setTimeout(() => finish(makeCheck('tls.handshake', TITLE, 'fail', { detail: `${handshake ? 'no answer after the handshake' : 'no handshake'} within ${timeoutMs} ms`, remedy: networkRemedy('timeout'), obligations: OBLIGATIONS })), timeoutMs);
    socket.once('secureConnect', () => {
      handshake = readHandshake(socket, host, nowMs);
      socket.write(`HEAD ${url.pathname || '/'} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
    });
    socket.once('data', () => finish(judge(handshake as Handshake, material, { kind: 'answered' })));
    socket.once('error', (error: Error) => {
      if (handshake) return finish(judge(handshake, material, { kind: 'alert', message: error.message }));
      finish(makeCheck('tls.handshake', TITLE, 'fail', { detail: `handshake failed: ${error.message}`, remedy: networkRemedy('tls'), obligations: OBLIGATIONS }));
    });
    socket.once('close', () => finish(handshake ? judge(handshake, material, { kind: 'closed' }) : makeCheck('tls.handshake', TITLE, 'fail', { detail: 'the connection closed during the handshake', remedy: networkRemedy('tls'), obligations: OBLIGATIONS })));
  });
}
