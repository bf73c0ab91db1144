// SSP-09: the client certificate, its key and the CA bundle are readable, belong together and are
// in date, before any handshake is tried. Problems name the target field and the file, never the
// key material or the passphrase.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { TlsMaterial } from '../targets/resolved-target.ts';
import type { TargetConfig } from '../targets/target-config.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';
import { judgeCertificateValidity } from './judge-certificate-validity.ts';

const TITLE = 'TLS client certificate, key and CA';
const OBLIGATIONS = ['SSP-09'];
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The host the run connects to first: the SSP when declared, else the provider. */
export function firstHopUrl(config: TargetConfig): URL {
  return new URL(config.sspPrefix ?? config.baseUrl);
}

/** `CN=Spine client, O=NHS` from a certificate's multi-line subject. */
export function describeSubject(subject: string): string {
  return subject.split('\n').filter(Boolean).join(', ');
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function fieldProblem(field: 'cert' | 'key' | 'ca', problem: string, remedy: string): DoctorCheck {
  return makeCheck('tls.material', TITLE, 'fail', { detail: `target.tls.${field}: ${problem}`, remedy, obligations: OBLIGATIONS });
}

function readCaBundle(ca: Buffer): X509Certificate[] {
  const blocks = ca.toString('utf8').match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('no PEM certificate in the file');
  return blocks.map((block) => new X509Certificate(block));
}

export function checkTlsMaterial(config: TargetConfig, material: TlsMaterial | undefined, nowMs: number): DoctorCheck {
  const files = config.tls;
  if (!files || !material) {
    if (firstHopUrl(config).protocol === 'https:') {
      return makeCheck('tls.material', TITLE, 'warn', { detail: 'no client certificate declared (target.tls), but the endpoint is https', remedy: 'The SSP and providers require mutual TLS: add tls.cert and tls.key (PEM files issued by Spine) to the target file.', obligations: OBLIGATIONS });
    }
    return makeCheck('tls.material', TITLE, 'skipped', { detail: 'plain HTTP target: no TLS material needed' });
  }
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(material.cert);
  } catch (error) {
    return fieldProblem('cert', `${files.cert} is not a PEM or DER certificate: ${reasonOf(error)}`, 'Point tls.cert at the client certificate (PEM, "-----BEGIN CERTIFICATE-----").');
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: material.key, ...(material.passphrase !== undefined ? { passphrase: material.passphrase } : {}) });
  } catch (error) {
    const encrypted = /passphrase|decrypt|bad decrypt/i.test(reasonOf(error));
    return fieldProblem('key', `${files.key} cannot be read as a private key: ${reasonOf(error)}`, encrypted ? 'The key is encrypted: set tls.passphraseEnv to the name of an environment variable holding its passphrase.' : 'Point tls.key at the PEM private key of the client certificate.');
  }
  if (!cert.checkPrivateKey(key)) {
    return fieldProblem('key', `${files.key} does not belong to the certificate in target.tls.cert (${files.cert})`, 'Use the private key the certificate was issued for: their public keys differ.');
  }
  let caCount = 0;
  if (material.ca) {
    try {
      caCount = readCaBundle(material.ca).length;
    } catch (error) {
      return fieldProblem('ca', `${files.ca ?? 'the CA file'} is not a PEM certificate bundle: ${reasonOf(error)}`, 'Point tls.ca at the PEM bundle of the CAs that issued the SSP/provider server certificate.');
    }
  }
  const validity = judgeCertificateValidity({ validFromMs: Date.parse(cert.validFrom), validToMs: Date.parse(cert.validTo) }, nowMs);
  const ca = material.ca ? `; CA bundle: ${caCount} certificate${caCount === 1 ? '' : 's'}` : '; no CA bundle (system CAs)';
  return makeCheck('tls.material', TITLE, validity.status, {
    detail: `${describeSubject(cert.subject)}: ${validity.detail}; key matches${ca}`,
    remedy: validity.status === 'warn' ? 'Renew the client certificate before it expires.' : 'Use a client certificate that is valid now (renew it, or check this machine\'s clock).',
    obligations: OBLIGATIONS,
  });
}
