// Names a socket-level failure so the verdict can say what happened. All of these are inconclusive:
// a reset or a DNS failure may be the network between us and the target, not the target.
import type { NetworkFailureKind } from './exchange.ts';

const BY_CODE: Readonly<Record<string, NetworkFailureKind>> = {
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'refused',
  ENETUNREACH: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EPROTO: 'tls',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls',
  CERT_HAS_EXPIRED: 'tls',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls',
};

export function classifyNetworkError(error: unknown, timedOut: boolean): NetworkFailureKind {
  if (timedOut) return 'timeout';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code in BY_CODE) return BY_CODE[code];
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code.startsWith('CERT_')) return 'tls';
  if (code.startsWith('HPE_')) return 'protocol';
  return 'other';
}
