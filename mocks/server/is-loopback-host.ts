// Whether a listen address reaches only this machine: `localhost`, 127.0.0.0/8 or ::1 (also as an
// IPv4-mapped address). Anything else (0.0.0.0, ::, a LAN address, a host name) is reachable from
// elsewhere, so the mock's admin surface then needs a token.
import { isIPv4 } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  const v4 = name.startsWith('::ffff:') ? name.slice(7) : name;
  return isIPv4(v4) && v4.startsWith('127.');
}
