// A target file that cannot be used. The run stops before any scenario: nothing about the
// supplier can be concluded from a configuration mistake.
export class TargetConfigError extends Error {
  readonly code = 'TARGET_INVALID';
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`Invalid target file ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TargetConfigError';
    this.file = file;
    this.problems = problems;
  }
}
