// Can this machine reach the endpoint at all: the first hop's host name resolves, and a TCP
// connection opens within the target's timeout. The first hop is the SSP when one is declared
// (SSP-01), since that is where every request of the run goes.
import { lookup as dnsLookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { classifyNetworkError } from '../client/classify-network-error.ts';
import type { TargetConfig } from '../targets/target-config.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';
import { firstHopUrl } from './check-tls-material.ts';
import { networkRemedy } from './network-remedy.ts';

/** Resolves a host name to its addresses. */
export type LookupHost = (host: string) => Promise<readonly string[]>;

export const lookupHost: LookupHost = async (host) => (await dnsLookup(host, { all: true })).map((entry) => entry.address);

export interface Reachability {
  readonly checks: readonly DoctorCheck[];
  readonly reachable: boolean;
}

/** `[::1]` → `::1`: URL keeps the brackets of an IPv6 literal, sockets want them off. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export function portOf(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

function withDeadline<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function openTcp(host: string, port: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  return withDeadline(
    new Promise<number>((resolve, reject) => {
      const socket = connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(Math.round(performance.now() - started));
      });
      socket.once('error', (error) => {
        socket.destroy();
        reject(error);
      });
      // The deadline below rejects first; this only makes sure the socket never outlives it.
      socket.setTimeout(timeoutMs, () => socket.destroy());
    }),
    timeoutMs,
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function probeReachability(config: TargetConfig, timeoutMs: number, lookup: LookupHost = lookupHost): Promise<Reachability> {
  const url = firstHopUrl(config);
  const host = hostOf(url);
  const port = portOf(url);
  const via = config.sspPrefix !== undefined ? ' (the SSP)' : '';
  let addresses: readonly string[];
  try {
    addresses = await withDeadline(lookup(host), timeoutMs);
  } catch (error) {
    const kind = classifyNetworkError(error, false);
    return {
      reachable: false,
      checks: [
        makeCheck('net.dns', `DNS resolves ${host}${via}`, 'fail', { detail: `${host}: ${message(error)}`, remedy: networkRemedy(kind === 'timeout' ? 'timeout' : 'dns') }),
        makeCheck('net.connect', `TCP connection to ${host}:${port}`, 'skipped', { detail: 'not tried: the host name does not resolve' }),
      ],
    };
  }
  const dns = makeCheck('net.dns', `DNS resolves ${host}${via}`, 'ok', { detail: `${host} → ${addresses.join(', ')}` });
  try {
    const elapsedMs = await openTcp(host, port, timeoutMs);
    return { reachable: true, checks: [dns, makeCheck('net.connect', `TCP connection to ${host}:${port}`, 'ok', { detail: `connected in ${elapsedMs} ms` })] };
  } catch (error) {
    const kind = classifyNetworkError(error, false);
    return {
      reachable: false,
      checks: [dns, makeCheck('net.connect', `TCP connection to ${host}:${port}`, 'fail', { detail: `${host}:${port}: ${kind} (${message(error)})`, remedy: networkRemedy(kind) })],
    };
  }
}
