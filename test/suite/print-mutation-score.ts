// The mutation score line every self-verification test prints into `npm test` output, for faulty
// providers (test/suite/mutation-score.test.ts) and faulty consumers alike, so both read the same:
//   mutation score (providers): 57/57 faults caught
// followed by one line per fault the suite did not catch, and one per fault not yet scored.

export type MutantKind = 'providers' | 'consumers' | 'providers on the combined variant';

export interface MutationMiss {
  /** The fault's name (e.g. `le-exclusive`). */
  readonly fault: string;
  /** The obligations it breaks that no scenario failed on. */
  readonly obligations: readonly string[];
  /** What the suite reported instead (e.g. `2 scenarios passed`). */
  readonly reason: string;
}

export interface MutationScoreOptions {
  /** Faults left out of the score because nothing checks their obligations yet, with why. */
  readonly pending?: readonly MutationMiss[];
  readonly print?: (line: string) => void;
}

export function formatMutationScore(kind: MutantKind, caught: number, total: number, misses: readonly MutationMiss[], pending: readonly MutationMiss[] = []): string[] {
  return [
    `mutation score (${kind}): ${caught}/${total} faults caught`,
    ...misses.map((miss) => `  not caught: ${miss.fault} (${miss.obligations.join(', ')}): ${miss.reason}`),
    ...pending.map((wait) => `  not scored: ${wait.fault} (${wait.obligations.join(', ')}): ${wait.reason}`),
  ];
}

export function printMutationScore(kind: MutantKind, caught: number, total: number, misses: readonly MutationMiss[], options: MutationScoreOptions = {}): void {
  const print = options.print ?? console.log;
  for (const line of formatMutationScore(kind, caught, total, misses, options.pending)) print(line);
}
