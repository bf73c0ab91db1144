// The mock's controllable "now": frozen at an instant, or offset from the real clock, so slot
// windows and token lifetimes are deterministic in tests. One instance per mock provider.
export interface ClockState {
  readonly mode: 'real' | 'frozen' | 'offset';
  readonly now: string;
  readonly offsetSeconds: number;
}

export class MockClock {
  readonly #source: () => number;
  #frozenMs: number | undefined;
  #offsetMs = 0;

  constructor(options: { readonly source?: () => number; readonly frozenMs?: number } = {}) {
    this.#source = options.source ?? Date.now;
    this.#frozenMs = options.frozenMs;
  }

  now(): number {
    return this.#frozenMs ?? this.#source() + this.#offsetMs;
  }

  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  freeze(ms: number): void {
    this.#frozenMs = ms;
    this.#offsetMs = 0;
  }

  setOffsetSeconds(seconds: number): void {
    this.#frozenMs = undefined;
    this.#offsetMs = seconds * 1000;
  }

  reset(): void {
    this.#frozenMs = undefined;
    this.#offsetMs = 0;
  }

  state(): ClockState {
    const mode = this.#frozenMs !== undefined ? 'frozen' : this.#offsetMs !== 0 ? 'offset' : 'real';
    return { mode, now: new Date(this.now()).toISOString(), offsetSeconds: this.#offsetMs / 1000 };
  }
}
