// The valid-variant line `npm test` prints beside the mutation score, the dual of it: how many of
// the mock's valid variants (mocks/variants) the provider suite passes without a false verdict.
//   valid variants: 35/35 pass with 0 false fails
// followed by one line per variant it failed, naming the scenarios.

export interface VariantMiss {
  readonly variant: string;
  /** `scenario: verdict (reason)` of each scenario that did not pass or skip. */
  readonly scenarios: readonly string[];
}

export function formatVariantScore(total: number, misses: readonly VariantMiss[]): string[] {
  const falseFails = misses.reduce((n, miss) => n + miss.scenarios.length, 0);
  return [
    `valid variants: ${total - misses.length}/${total} pass with ${falseFails} false fails`,
    ...misses.flatMap((miss) => miss.scenarios.map((scenario) => `  false verdict on ${miss.variant}: ${scenario}`)),
  ];
}
