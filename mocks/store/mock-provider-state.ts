// Everything one mock provider instance owns: provider data, appointments, clock, switches,
// faults and the traffic recording. Created per server (or per in-process helper), never shared.
import { strictProviderConfig, type ProviderConfig } from '../domain/provider-config.ts';
import type { ProviderData } from '../domain/types.ts';
import { MockClock } from '../clock/mock-clock.ts';
import type { FixtureName } from '../fixtures/fixture-registry.ts';
import { mergeProviderConfig } from '../domain/merge-provider-config.ts';
import type { LoadedProvider } from '../provider-file/load-provider-file.ts';
import type { ProviderDocument } from '../provider-file/provider-document.ts';
import { resolveProvider, type ProviderChoice } from '../fixtures/resolve-provider.ts';
import type { MockFault } from '../faults/mock-fault.ts';
import { MOCK_VARIANTS, type MockVariant } from '../variants/mock-variant.ts';
import type { VariantBehaviour } from '../variants/variant-behaviour.ts';
import { VARIANT_BEHAVIOURS } from '../variants/variant-behaviours.ts';
import { AppointmentStore } from './appointment-store.ts';
import { ChaosRules } from './chaos-rules.ts';
import { ProviderStore } from './provider-store.ts';
import { TrafficLog, type TrafficBudget } from './traffic-log.ts';

export interface MockProviderOptions {
  /** The FHIR base URL the mock answers on, without a trailing slash (also the JWT `aud`). */
  readonly baseUrl: string;
  readonly fixture?: FixtureName | ProviderData;
  /**
   * A provider file path, a provider document or a loaded provider (wins over `fixture`). Its
   * switches apply under `config`; its clock applies unless `nowMs` or `clock` is given.
   */
  readonly provider?: ProviderChoice;
  readonly config?: Partial<ProviderConfig>;
  readonly faults?: readonly MockFault[];
  /** Valid variants the provider plays (mocks/variants): choices a conformant provider may make. */
  readonly variants?: readonly MockVariant[];
  /** Freeze the clock at this instant (epoch ms). */
  readonly nowMs?: number;
  readonly clock?: MockClock;
  /** When set, every admin request must carry it in `X-Admin-Token`. */
  readonly adminToken?: string;
  /** The traffic recording's byte budget (defaults: DEFAULT_TRAFFIC_BUDGET). */
  readonly traffic?: Partial<TrafficBudget>;
}

export class MockProviderState {
  readonly baseUrl: string;
  readonly clock: MockClock;
  readonly store: ProviderStore;
  readonly appointments = new AppointmentStore();
  readonly traffic: TrafficLog;
  readonly chaos = new ChaosRules();
  readonly faults: Set<MockFault>;
  readonly adminToken: string | undefined;
  readonly variants: ReadonlySet<MockVariant>;
  /** The variants' behaviours, in catalogue order (the fault hooks act after them). */
  readonly variantBehaviours: readonly VariantBehaviour[];
  config: ProviderConfig;
  #fixture: LoadedProvider | ProviderData;

  constructor(options: MockProviderOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const chosen = options.provider ?? options.fixture ?? 'default';
    this.#fixture = typeof chosen === 'object' && 'healthcareServices' in chosen ? chosen : resolveProvider(chosen);
    this.clock = options.clock ?? new MockClock(options.nowMs === undefined ? {} : { frozenMs: options.nowMs });
    if (options.clock === undefined && options.nowMs === undefined) this.#applyProviderClock();
    this.config = { ...this.#withProviderSwitches(strictProviderConfig), ...options.config };
    this.faults = new Set(options.faults ?? []);
    this.adminToken = options.adminToken;
    this.traffic = new TrafficLog(options.traffic);
    this.variants = new Set(options.variants ?? []);
    this.variantBehaviours = (Object.keys(MOCK_VARIANTS) as MockVariant[]).filter((v) => this.variants.has(v)).map((v) => VARIANT_BEHAVIOURS[v]);
    this.store = new ProviderStore(this.#buildFixture());
  }

  get fixtureName(): string {
    return this.#fixture.name;
  }

  /** Where the provider came from: a file path, or its built-in name. */
  get providerOrigin(): string {
    return 'origin' in this.#fixture ? this.#fixture.origin : 'in-memory';
  }

  /** The provider file behind the data, when there is one. */
  get providerDocument(): ProviderDocument | undefined {
    return 'document' in this.#fixture ? this.#fixture.document : undefined;
  }

  #buildFixture(): ProviderData {
    const data = 'build' in this.#fixture ? this.#fixture.build(this.clock.now()) : this.#fixture;
    return this.variantBehaviours.reduce((held, variant) => variant.data?.(held) ?? held, data);
  }

  #applyProviderClock(): void {
    const clock = 'document' in this.#fixture ? this.#fixture.document.clock : undefined;
    if (clock && 'freeze' in clock) this.clock.freeze(Date.parse(clock.freeze));
    else if (clock) this.clock.setOffsetSeconds(clock.offsetSeconds);
  }

  #withProviderSwitches(config: ProviderConfig): ProviderConfig {
    const switches = 'document' in this.#fixture ? this.#fixture.document.switches : undefined;
    const merged = switches ? mergeProviderConfig(config, switches as Record<string, unknown>) : undefined;
    return merged?.ok ? merged.config : config;
  }

  /** Back to the fixture as first loaded (relative to the clock's now): no appointments, no traffic, no chaos rules. */
  reset(): void {
    this.store.load(this.#buildFixture());
    this.appointments.reset();
    this.traffic.clear();
    this.chaos.clear();
  }

  loadFixture(fixture: FixtureName | ProviderData): void {
    this.#fixture = typeof fixture === 'string' ? resolveProvider(fixture) : fixture;
    this.reset();
  }

  /** Loads a checked provider: its data, its switches over the current ones, and its clock if it sets one. */
  loadProvider(provider: LoadedProvider): void {
    this.#fixture = provider;
    this.#applyProviderClock();
    this.config = this.#withProviderSwitches(this.config);
    this.reset();
  }
}
