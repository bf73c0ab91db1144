// A target's TLS files, read (regular files only, size-capped) and parsed once, during validation:
// a directory, /dev/zero, a bad PEM or a wrong passphrase stops the run before any scenario, with
// the field named (`target.tls.key: client.key cannot be decrypted …`), never as 181 inconclusives.
import { resolve } from 'node:path';
import type { TlsMaterial } from './resolved-target.ts';
import { parseTlsMaterial } from './parse-tls-material.ts';
import { readTlsFile } from './read-tls-file.ts';
import type { TargetTls } from './target-config.ts';

export type LoadedTlsMaterial = { ok: true; material: TlsMaterial } | { ok: false; problems: readonly string[] };

export function loadTlsMaterial(tls: TargetTls, baseDir: string, env: NodeJS.ProcessEnv): LoadedTlsMaterial {
  const problems: string[] = [];
  const read = (field: 'cert' | 'key' | 'ca', file: string): Buffer | undefined => {
    const result = readTlsFile(resolve(baseDir, file), file);
    if (result.ok) return result.bytes;
    problems.push(`target.tls.${field}: ${result.problem}`);
    return undefined;
  };
  const cert = read('cert', tls.cert);
  const key = read('key', tls.key);
  const ca = tls.ca === undefined ? undefined : read('ca', tls.ca);
  if (tls.passphraseEnv !== undefined && env[tls.passphraseEnv] === undefined) problems.push(`target.tls.passphraseEnv: environment variable ${tls.passphraseEnv} is not set`);
  if (problems.length > 0 || !cert || !key) return { ok: false, problems };
  const passphrase = tls.passphraseEnv !== undefined ? env[tls.passphraseEnv] : tls.passphrase;
  const material: TlsMaterial = { cert, key, ...(ca ? { ca } : {}), ...(passphrase ? { passphrase } : {}) };
  const parsed = parseTlsMaterial(material, tls);
  return parsed.ok ? { ok: true, material } : { ok: false, problems: [`target.tls.${parsed.field}: ${parsed.problem}`] };
}
