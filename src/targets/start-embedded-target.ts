// Starts the embedded mock provider on a free port and describes it as a target. Each cucumber
// worker starts its own, so scenarios that freeze the clock or book slots never meet.
import type { MockFault } from '../../mocks/faults/mock-fault.ts';
import type { MockVariant } from '../../mocks/variants/mock-variant.ts';
import type { ProviderConfig } from '../../mocks/domain/provider-config.ts';
import { startMockServer } from '../../mocks/server/start-mock-server.ts';
import type { LenientConfig } from './conformance-policy.ts';
import { describeMockTarget } from './describe-mock-target.ts';
import { describeProviderTarget } from './describe-provider-target.ts';
import { describeVariantTarget } from './describe-variant-target.ts';
import { resolveTarget, type ResolvedTarget } from './resolved-target.ts';

/** JSON-serialisable (it travels in cucumber's world parameters). */
export interface EmbeddedMockOptions {
  readonly faults?: readonly MockFault[];
  /** Valid variants the mock plays (mocks/variants); the built-in target then declares them. */
  readonly variants?: readonly MockVariant[];
  /** The mock's section-3 switches (e.g. answer token failures with 401). */
  readonly config?: Partial<ProviderConfig>;
  /** What the built-in target then declares it accepts (section 3 keys, as in a target file). */
  readonly lenient?: LenientConfig;
  /**
   * Freeze the mock's clock at this instant (epoch ms) for the whole run, its fixture built around
   * it; the suite's own clock then reads the same instant. For checks that hinge on the time of day.
   */
  readonly nowMs?: number;
  /**
   * A provider file (absolute path): the mock runs that provider, and the target description is
   * derived from the file's data instead of the default fixture's.
   */
  readonly provider?: string;
}

export interface EmbeddedTarget {
  readonly target: ResolvedTarget;
  close(): Promise<void>;
}

/** The realistic service root shape of SSP-07, served by the mock under its own origin. */
export const EMBEDDED_BASE_PATH = '/STU3/1/careconnect/booking';

export async function startEmbeddedTarget(options: EmbeddedMockOptions = {}): Promise<EmbeddedTarget> {
  const mock = await startMockServer({
    port: 0,
    basePath: EMBEDDED_BASE_PATH,
    fixture: 'default',
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.variants ? { variants: options.variants } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.nowMs !== undefined ? { nowMs: options.nowMs } : {}),
  });
  const described = describeVariantTarget(
    options.provider
      ? describeProviderTarget(mock.state.store.data, mock.state.clock.now(), mock.baseUrl, mock.state.config)
      : describeMockTarget({ baseUrl: mock.baseUrl }),
    options.variants ?? [],
  );
  const config = { ...described, ...(options.lenient ? { lenient: options.lenient } : {}) };
  return { target: resolveTarget(config, process.cwd()), close: () => mock.close() };
}
