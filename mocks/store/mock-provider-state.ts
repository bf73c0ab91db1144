// Everything one mock provider instance owns: provider data, appointments, clock, switches,
// faults and the traffic recording. Created per server (or per in-process helper), never shared.
import { strictProviderConfig, type ProviderConfig } from '../domain/provider-config.ts';
import type { ProviderData } from '../domain/types.ts';
import { MockClock } from '../clock/mock-clock.ts';
import { FIXTURES, type FixtureName } from '../fixtures/fixture-registry.ts';
import type { MockFault } from '../faults/mock-fault.ts';
import { MOCK_VARIANTS, type MockVariant } from '../variants/mock-variant.ts';
import type { VariantBehaviour } from '../variants/variant-behaviour.ts';
import { VARIANT_BEHAVIOURS } from '../variants/variant-behaviours.ts';
import { AppointmentStore } from './appointment-store.ts';
import { ChaosRules } from './chaos-rules.ts';
import { ProviderStore } from './provider-store.ts';
import { TrafficLog } from './traffic-log.ts';

export interface MockProviderOptions {
  /** The FHIR base URL the mock answers on, without a trailing slash (also the JWT `aud`). */
  readonly baseUrl: string;
  readonly fixture?: FixtureName | ProviderData;
  readonly config?: Partial<ProviderConfig>;
  readonly faults?: readonly MockFault[];
  /** Valid variants the provider plays (mocks/variants): choices a conformant provider may make. */
  readonly variants?: readonly MockVariant[];
  /** Freeze the clock at this instant (epoch ms). */
  readonly nowMs?: number;
  readonly clock?: MockClock;
}

export class MockProviderState {
  readonly baseUrl: string;
  readonly clock: MockClock;
  readonly store: ProviderStore;
  readonly appointments = new AppointmentStore();
  readonly traffic = new TrafficLog();
  readonly chaos = new ChaosRules();
  readonly faults: Set<MockFault>;
  readonly variants: ReadonlySet<MockVariant>;
  /** The variants' behaviours, in catalogue order (the fault hooks act after them). */
  readonly variantBehaviours: readonly VariantBehaviour[];
  config: ProviderConfig;
  #fixture: FixtureName | ProviderData;

  constructor(options: MockProviderOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.clock = options.clock ?? new MockClock(options.nowMs === undefined ? {} : { frozenMs: options.nowMs });
    this.config = { ...strictProviderConfig, ...options.config };
    this.faults = new Set(options.faults ?? []);
    this.variants = new Set(options.variants ?? []);
    this.variantBehaviours = (Object.keys(MOCK_VARIANTS) as MockVariant[]).filter((v) => this.variants.has(v)).map((v) => VARIANT_BEHAVIOURS[v]);
    this.#fixture = options.fixture ?? 'default';
    this.store = new ProviderStore(this.#buildFixture());
  }

  get fixtureName(): string {
    return typeof this.#fixture === 'string' ? this.#fixture : this.#fixture.name;
  }

  #buildFixture(): ProviderData {
    const data = typeof this.#fixture === 'string' ? FIXTURES[this.#fixture](this.clock.now()) : this.#fixture;
    return this.variantBehaviours.reduce((held, variant) => variant.data?.(held) ?? held, data);
  }

  /** Back to the fixture as first loaded (relative to the clock's now): no appointments, no traffic, no chaos rules. */
  reset(): void {
    this.store.load(this.#buildFixture());
    this.appointments.reset();
    this.traffic.clear();
    this.chaos.clear();
  }

  loadFixture(fixture: FixtureName | ProviderData): void {
    this.#fixture = fixture;
    this.reset();
  }
}
