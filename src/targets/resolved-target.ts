// A target ready for a run: the declared config (read-only), the conformance policy with the strict
// defaults filled in, transport limits, and the TLS material loaded into memory.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolvePolicy, type ConformancePolicy } from './conformance-policy.ts';
import {
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_UNSEEN_CONSUMER,
  type ConsumerIdentity,
  type ConsumerRole,
  type TargetConfig,
} from './target-config.ts';

/** The client certificate and key (and CA) of a mutual-TLS target, loaded into memory. */
export interface TlsMaterial {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly ca?: Buffer;
  readonly passphrase?: string;
}

export interface ResolvedTarget {
  readonly config: TargetConfig;
  readonly policy: ConformancePolicy;
  readonly limits: { readonly timeoutMs: number; readonly maxBodyBytes: number };
  readonly horizonDays: number;
  readonly tls?: TlsMaterial;
  /** The consumer for a role, if the target declares one (`unseen` always has a default). */
  consumer(role: ConsumerRole): ConsumerIdentity | undefined;
}

function loadTls(config: TargetConfig, baseDir: string, env: NodeJS.ProcessEnv): TlsMaterial | undefined {
  const tls = config.tls;
  if (!tls) return undefined;
  const passphrase = tls.passphraseEnv !== undefined ? env[tls.passphraseEnv] : tls.passphrase;
  return {
    cert: readFileSync(resolve(baseDir, tls.cert)),
    key: readFileSync(resolve(baseDir, tls.key)),
    ...(tls.ca ? { ca: readFileSync(resolve(baseDir, tls.ca)) } : {}),
    ...(passphrase ? { passphrase } : {}),
  };
}

/** `config` must already be valid (see validateTargetConfig). */
export function resolveTarget(config: TargetConfig, baseDir: string, env: NodeJS.ProcessEnv = process.env): ResolvedTarget {
  const consumers = new Map<ConsumerRole, ConsumerIdentity>([['unseen', DEFAULT_UNSEEN_CONSUMER]]);
  for (const consumer of config.consumers) consumers.set(consumer.role, consumer);
  const tls = loadTls(config, baseDir, env);
  return Object.freeze({
    config,
    policy: resolvePolicy(config.lenient),
    limits: {
      timeoutMs: config.timeouts?.requestMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      maxBodyBytes: config.timeouts?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    },
    horizonDays: config.search?.horizonDays ?? DEFAULT_HORIZON_DAYS,
    ...(tls ? { tls } : {}),
    consumer: (role: ConsumerRole) => consumers.get(role),
  });
}
