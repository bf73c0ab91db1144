// SSP-09: the client certificate, its key and the CA bundle are readable, belong together and are
// in date, before any handshake is tried. Problems name the target field and the file, never the
// key material or the passphrase.
import type { TlsMaterial } from '../targets/resolved-target.ts';
import { parseTlsMaterial, type TlsField } from '../targets/parse-tls-material.ts';
import type { TargetConfig } from '../targets/target-config.ts';
import { makeCheck, type DoctorCheck } from './doctor-report.ts';
import { judgeCertificateValidity } from './judge-certificate-validity.ts';

const TITLE = 'TLS client certificate, key and CA';
const OBLIGATIONS = ['SSP-09'];

/** The host the run connects to first: the SSP when declared, else the provider. */
export function firstHopUrl(config: TargetConfig): URL {
  return new URL(config.sspPrefix ?? config.baseUrl);
}

/** `CN=Spine client, O=NHS` from a certificate's multi-line subject. */
export function describeSubject(subject: string): string {
  return subject.split('\n').filter(Boolean).join(', ');
}

function fieldProblem(field: TlsField, problem: string, remedy: string): DoctorCheck {
  return makeCheck('tls.material', TITLE, 'fail', { detail: `target.tls.${field}: ${problem}`, remedy, obligations: OBLIGATIONS });
}

const REMEDIES: Readonly<Record<TlsField, (encrypted: boolean) => string>> = {
  cert: () => 'Point tls.cert at the client certificate (PEM, "-----BEGIN CERTIFICATE-----").',
  key: (encrypted) => (encrypted ? 'The key is encrypted: set tls.passphraseEnv to the name of an environment variable holding its passphrase.' : 'Point tls.key at the PEM private key of the client certificate.'),
  ca: () => 'Point tls.ca at the PEM bundle of the CAs that issued the SSP/provider server certificate.',
};

export function checkTlsMaterial(config: TargetConfig, material: TlsMaterial | undefined, nowMs: number): DoctorCheck {
  const files = config.tls;
  if (!files || !material) {
    if (firstHopUrl(config).protocol === 'https:') {
      return makeCheck('tls.material', TITLE, 'warn', { detail: 'no client certificate declared (target.tls), but the endpoint is https', remedy: 'The SSP and providers require mutual TLS: add tls.cert and tls.key (PEM files issued by Spine) to the target file.', obligations: OBLIGATIONS });
    }
    return makeCheck('tls.material', TITLE, 'skipped', { detail: 'plain HTTP target: no TLS material needed' });
  }
  const parsed = parseTlsMaterial(material, files);
  if (!parsed.ok) return fieldProblem(parsed.field, parsed.problem, REMEDIES[parsed.field](parsed.encrypted));
  const { cert, key } = parsed;
  if (!cert.checkPrivateKey(key)) {
    return fieldProblem('key', `${files.key} does not belong to the certificate in target.tls.cert (${files.cert})`, 'Use the private key the certificate was issued for: their public keys differ.');
  }
  const caCount = parsed.ca.length;
  const validity = judgeCertificateValidity({ validFromMs: Date.parse(cert.validFrom), validToMs: Date.parse(cert.validTo) }, nowMs);
  const ca = material.ca ? `; CA bundle: ${caCount} certificate${caCount === 1 ? '' : 's'}` : '; no CA bundle (system CAs)';
  return makeCheck('tls.material', TITLE, validity.status, {
    detail: `${describeSubject(cert.subject)}: ${validity.detail}; key matches${ca}`,
    remedy: validity.status === 'warn' ? 'Renew the client certificate before it expires.' : 'Use a client certificate that is valid now (renew it, or check this machine\'s clock).',
    obligations: OBLIGATIONS,
  });
}
