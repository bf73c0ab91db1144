// The optional second validation layer: the HL7 FHIR Java validator, run as a local HTTP service
// through `fhir-validator-wrapper`. It is used only when configuration names a local JAR
// (option `jarPath` or env FHIR_VALIDATOR_JAR) and is never downloaded (autoDownload off).
// When Java or the JAR is missing, or the process fails, the layer says so once, reports
// `{ available: false, reason }` from status(), returns no messages and lets the run carry on:
// an unavailable validator is a limitation of the harness, never a failure of the target.

import { spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { javaOutcomeToMessages } from './java-outcome-to-messages.ts';
import type { ValidationMessage } from './validation-result.ts';

export interface JavaValidatorOptions {
  /** Path of a local validator_cli.jar; defaults to env FHIR_VALIDATOR_JAR. */
  readonly jarPath?: string;
  /** Terminology server; `n/a` (the default) keeps the validator offline. */
  readonly txServer?: string;
  /** Implementation guide packages to load, e.g. a CareConnect package already in the local cache. */
  readonly igs?: readonly string[];
  readonly startTimeoutMs?: number;
  /** Receives the single line saying why a configured validator is unavailable (default: stderr). */
  readonly warn?: (line: string) => void;
  /** Environment to read FHIR_VALIDATOR_JAR from (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type JavaValidatorState = 'not-configured' | 'idle' | 'starting' | 'ready' | 'unavailable';

export interface JavaValidatorStatus {
  readonly available: boolean;
  readonly state: JavaValidatorState;
  readonly reason?: string;
  readonly jarPath?: string;
  readonly version?: string;
}

export interface JavaValidator {
  status(): JavaValidatorStatus;
  /** Starts the service if needed; resolves (never rejects) with the resulting status. */
  start(): Promise<JavaValidatorStatus>;
  /** The validator's findings, or none when it is unavailable. Never rejects. */
  validate(resource: unknown, root: string): Promise<readonly ValidationMessage[]>;
  stop(): Promise<void>;
}

/** The part of the wrapper's FhirValidator class this module uses (the package ships no types). */
export interface ValidatorWrapper {
  process: ChildProcess | null;
  start(config: Record<string, unknown>): Promise<void>;
  validate(resource: unknown, options?: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
  jarVersion(): string | undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Calls wrapper.start() so that a failing spawn cannot crash the process. The wrapper re-throws
 * the child's 'error' event from inside its listener, which becomes an uncaught exception and
 * leaves start() waiting for its whole timeout; the spawn happens synchronously inside start()
 * (no await precedes it when autoDownload is off), so its listener is swapped for ours at once.
 */
export async function startGuarded(wrapper: ValidatorWrapper, config: Record<string, unknown>): Promise<{ ok: true } | { ok: false; reason: string }> {
  let spawnError: string | undefined;
  try {
    const started = wrapper.start({ ...config, autoDownload: false });
    wrapper.process?.removeAllListeners('error');
    wrapper.process?.on('error', (error) => { spawnError = messageOf(error); });
    await started;
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: spawnError ?? messageOf(error) };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Why the validator cannot run here, checked before spawning anything; undefined when it can. */
function preflight(jarPath: string): string | undefined {
  if (!existsSync(jarPath)) return `FHIR validator JAR not found at ${jarPath}`;
  const java = spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 15_000 });
  if (java.error) return `java is not available (${messageOf(java.error)})`;
  if (java.status !== 0) return `java -version exited with ${String(java.status)}`;
  return undefined;
}

export function createJavaValidator(options: JavaValidatorOptions = {}): JavaValidator {
  const jarPath = options.jarPath ?? (options.env ?? process.env).FHIR_VALIDATOR_JAR;
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  let state: JavaValidatorState = jarPath ? 'idle' : 'not-configured';
  let reason: string | undefined = jarPath ? undefined : 'not configured: set FHIR_VALIDATOR_JAR or the jarPath option';
  let wrapper: ValidatorWrapper | undefined;
  let starting: Promise<JavaValidatorStatus> | undefined;

  const status = (): JavaValidatorStatus => ({
    available: state === 'ready', state,
    ...(reason ? { reason } : {}), ...(jarPath ? { jarPath } : {}),
    ...(wrapper?.jarVersion() ? { version: wrapper.jarVersion() } : {}),
  });
  const giveUp = (why: string): JavaValidatorStatus => {
    state = 'unavailable';
    reason = why;
    warn(`FHIR Java validator unavailable, continuing with the offline layer only: ${why}`);
    return status();
  };

  const startOnce = async (): Promise<JavaValidatorStatus> => {
    if (!jarPath) return status();
    const blocker = preflight(jarPath);
    if (blocker) return giveUp(blocker);
    state = 'starting';
    try {
      const FhirValidator = createRequire(import.meta.url)('fhir-validator-wrapper') as new (jar: string, logger: unknown) => ValidatorWrapper;
      const quiet = { info: () => {}, warn: () => {}, error: () => {} };
      wrapper = new FhirValidator(jarPath, quiet);
      const result = await startGuarded(wrapper, {
        version: '3.0.1', txServer: options.txServer ?? 'n/a', txLog: join(tmpdir(), 'fhir-validator-tx.log'),
        igs: [...(options.igs ?? [])], port: await freePort(), timeout: options.startTimeoutMs ?? 180_000,
      });
      if (!result.ok) {
        await wrapper.stop().catch(() => {});
        return giveUp(result.reason);
      }
      state = 'ready';
      return status();
    } catch (error) {
      return giveUp(messageOf(error));
    }
  };

  const start = (): Promise<JavaValidatorStatus> => {
    if (state === 'idle') starting = startOnce();
    return starting ?? Promise.resolve(status());
  };

  return {
    status,
    start,
    validate: async (resource, root) => {
      if ((await start()).state !== 'ready' || !wrapper) return [];
      try {
        return javaOutcomeToMessages(await wrapper.validate(resource, {}), root);
      } catch (error) {
        await wrapper.stop().catch(() => {});
        giveUp(`validation request failed: ${messageOf(error)}`);
        return [];
      }
    },
    stop: async () => {
      await wrapper?.stop().catch(() => {});
      if (state === 'ready') state = 'idle';
    },
  };
}
