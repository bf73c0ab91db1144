// What to do about a socket-level failure, by the kind classifyNetworkError names. These are
// set-up problems on our side of the wire far more often than the supplier's.
import type { NetworkFailureKind } from '../client/exchange.ts';

const REMEDIES: Readonly<Record<NetworkFailureKind, string>> = {
  dns: 'The host name does not resolve: check its spelling in baseUrl/sspPrefix, and that this machine uses the DNS of the network the endpoint lives on (HSCN, VPN).',
  refused: 'Nothing accepts connections there: check the port in baseUrl/sspPrefix, that the service is running, and the route to it (VPN up, firewall allow-list includes this machine).',
  timeout: 'No answer in time: check the network route (HSCN, VPN) and firewall allow-lists for this machine\'s address; for a slow endpoint raise timeouts.requestMs.',
  reset: 'The connection was dropped: a proxy or firewall may be cutting it, or the server refused the TLS client certificate.',
  tls: 'The TLS handshake failed: check tls.ca holds the CA of the server certificate, and that tls.cert/tls.key are a client certificate the SSP or provider trusts.',
  protocol: 'The answer is not HTTP: check the scheme (http/https) and port in baseUrl/sspPrefix.',
  other: 'Check baseUrl/sspPrefix and the network route to the endpoint.',
};

export function networkRemedy(kind: NetworkFailureKind): string {
  return REMEDIES[kind];
}
