// The target as it may appear in a report: TLS file names stay (they help diagnose), the
// passphrase never does.
import type { TargetConfig } from './target-config.ts';

export function redactTarget(config: TargetConfig): TargetConfig {
  if (!config.tls) return config;
  const { passphrase: _secret, ...tls } = config.tls;
  return { ...config, tls: { ...tls, ...(config.tls.passphrase !== undefined ? { passphrase: '[redacted]' } : {}) } };
}
