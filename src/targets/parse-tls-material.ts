// SSP-09: the client certificate, its private key (decrypted with the passphrase, if any) and the CA
// bundle parse as what they claim to be. The one place that turns TLS bytes into crypto objects:
// target validation refuses a file that fails here, and the doctor adds its remedies on top.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { TlsMaterial } from './resolved-target.ts';
import type { TargetTls } from './target-config.ts';

export type TlsField = 'cert' | 'key' | 'ca';

export type ParsedTlsMaterial =
  | { readonly ok: true; readonly cert: X509Certificate; readonly key: KeyObject; readonly ca: readonly X509Certificate[] }
  /** `encrypted`: the key is encrypted and the passphrase was missing or wrong. */
  | { readonly ok: false; readonly field: TlsField; readonly problem: string; readonly encrypted: boolean };

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const ENCRYPTED = /passphrase|decrypt|bad password|interrupted or cancelled/i;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function keyProblem(file: string, error: unknown, passphrase: string | undefined): string {
  const reason = reasonOf(error);
  if (!ENCRYPTED.test(reason)) return `${file} cannot be read as a private key: ${reason}`;
  return passphrase === undefined
    ? `${file} is an encrypted private key and no passphrase is given (${reason})`
    : `${file} cannot be decrypted with the passphrase given: wrong passphrase (${reason})`;
}

export function parseTlsMaterial(material: TlsMaterial, files: TargetTls): ParsedTlsMaterial {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(material.cert);
  } catch (error) {
    return { ok: false, field: 'cert', problem: `${files.cert} is not a PEM or DER certificate: ${reasonOf(error)}`, encrypted: false };
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: material.key, ...(material.passphrase !== undefined ? { passphrase: material.passphrase } : {}) });
  } catch (error) {
    return { ok: false, field: 'key', problem: keyProblem(files.key, error, material.passphrase), encrypted: ENCRYPTED.test(reasonOf(error)) };
  }
  if (key.type !== 'private') return { ok: false, field: 'key', problem: `${files.key} holds no private key`, encrypted: false };
  let ca: X509Certificate[] = [];
  if (material.ca) {
    try {
      const blocks = material.ca.toString('utf8').match(PEM_BLOCK) ?? [];
      if (blocks.length === 0) throw new Error('no PEM certificate in the file');
      ca = blocks.map((block) => new X509Certificate(block));
    } catch (error) {
      return { ok: false, field: 'ca', problem: `${files.ca ?? 'the CA file'} is not a PEM certificate bundle: ${reasonOf(error)}`, encrypted: false };
    }
  }
  return { ok: true, cert, key, ca };
}
