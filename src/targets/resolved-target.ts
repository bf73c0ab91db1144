// A target ready for a run: the declared config (read-only), the conformance policy with the strict
// defaults filled in, transport limits, and the TLS material loaded into memory.
import { resolvePolicy, type ConformancePolicy } from './conformance-policy.ts';
import { loadTlsMaterial } from './load-tls-material.ts';
import { TargetConfigError } from './target-config-error.ts';
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
  if (!config.tls) return undefined;
  const loaded = loadTlsMaterial(config.tls, baseDir, env);
  // Validation has read the same files; they changed since, or the config skipped validation.
  if (!loaded.ok) throw new TargetConfigError(config.name, loaded.problems);
  return loaded.material;
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
