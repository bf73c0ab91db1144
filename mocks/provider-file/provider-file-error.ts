// A provider file that cannot be loaded: every problem, each naming the file, line and field, e.g.
// `trumpton.yaml:14:9 mapping[2].service: names no service (2329483526)`. Nothing is half-loaded.

export interface ProviderFileProblem {
  /** 1-based; absent when the problem has no place in the file (it cannot be read at all). */
  readonly line?: number;
  readonly column?: number;
  /** The field, as a path: `schedules[1].diary.to`. */
  readonly field: string;
  readonly message: string;
}

export function formatProviderFileProblem(file: string, problem: ProviderFileProblem): string {
  const at = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return `${at} ${problem.field}: ${problem.message}`;
}

export class ProviderFileError extends Error {
  readonly code = 'PROVIDER_FILE_INVALID';
  readonly file: string;
  readonly problems: readonly ProviderFileProblem[];

  constructor(file: string, problems: readonly ProviderFileProblem[]) {
    super(`Provider file ${file} is invalid:\n${problems.map((p) => `  ${formatProviderFileProblem(file, p)}`).join('\n')}`);
    this.name = 'ProviderFileError';
    this.file = file;
    this.problems = problems;
  }
}
