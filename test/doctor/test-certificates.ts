// Throwaway PKI for the TLS tests, made with the openssl command line (EC P-256, so it is quick):
// a CA, a server certificate for 127.0.0.1 signed by it, client certificates signed by it (one
// expiring in 10 days), and a self-signed "rogue" client the server does not trust.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HAS_OPENSSL = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;

export interface TestPki {
  readonly dir: string;
  /** File names inside `dir`. */
  readonly ca: 'ca.pem';
  readonly serverCert: 'server.pem';
  readonly serverKey: 'server.key';
}

const openssl = (dir: string, args: readonly string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function signed(dir: string, name: string, subject: string, days: number, extensions: string): void {
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(dir, ['req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', String(days), '-extfile', `${name}.ext`]);
}

/** Writes ca, server, client (365 days), client-soon (10 days) and rogue (self-signed) into `dir`. */
export function makeTestPki(dir: string): TestPki {
  openssl(dir, ['req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '400', '-subj', '/CN=Doctor Test CA']);
  signed(dir, 'server', '/CN=localhost', 400, 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  signed(dir, 'client', '/CN=Doctor Test Client/O=Northfield 111', 365, 'extendedKeyUsage=clientAuth\n');
  signed(dir, 'client-soon', '/CN=Doctor Expiring Client', 10, 'extendedKeyUsage=clientAuth\n');
  openssl(dir, ['req', '-x509', ...EC, '-keyout', 'rogue.key', '-out', 'rogue.pem', '-days', '365', '-subj', '/CN=Rogue Client']);
  return { dir, ca: 'ca.pem', serverCert: 'server.pem', serverKey: 'server.key' };
}
