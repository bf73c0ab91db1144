// Live consumer assurance waits while the consumer under test runs its workflow, until one of: the
// consumer (or its developer) POSTs <origin>/_admin/done, SIGINT/SIGTERM, or — when asked — no new
// traffic for a number of seconds. The done request is seen in the traffic recording itself, so it
// works whether or not the admin surface answers it.
import type { TrafficLog } from '../../mocks/store/traffic-log.ts';

export type StopReason = 'done-request' | 'signal' | 'idle';

export interface WaitOptions {
  readonly traffic: Pick<TrafficLog, 'entries'>;
  /** Stop after this many seconds without a new exchange (once there has been one). */
  readonly idleSeconds?: number;
  readonly pollMs?: number;
  /** Where SIGINT/SIGTERM come from (the process). */
  readonly signals?: Pick<NodeJS.Process, 'once' | 'off'>;
  /** Wall clock for the idle timer. */
  readonly nowMs?: () => number;
}

export const DONE_PATH = '/_admin/done';

export function isDoneRequest(method: string, url: string): boolean {
  return method.toUpperCase() === 'POST' && url.split('?')[0] === DONE_PATH;
}

export function waitForConsumer(options: WaitOptions): Promise<StopReason> {
  const now = options.nowMs ?? Date.now;
  const signals = options.signals ?? process;
  return new Promise((resolve) => {
    let seen = options.traffic.entries().length;
    let lastActivity = now();
    const finish = (reason: StopReason): void => {
      clearInterval(timer);
      signals.off('SIGINT', onSignal);
      signals.off('SIGTERM', onSignal);
      resolve(reason);
    };
    const onSignal = (): void => finish('signal');
    const timer = setInterval(() => {
      const entries = options.traffic.entries();
      if (entries.some((e) => isDoneRequest(e.method, e.url))) return finish('done-request');
      if (entries.length !== seen) {
        seen = entries.length;
        lastActivity = now();
      }
      if (options.idleSeconds !== undefined && seen > 0 && now() - lastActivity >= options.idleSeconds * 1000) finish('idle');
    }, options.pollMs ?? 200);
    signals.once('SIGINT', onSignal);
    signals.once('SIGTERM', onSignal);
  });
}
